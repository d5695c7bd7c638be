namespace Msd.Tests.Ingestion.Cbs;

/// <summary>
/// Table 86050NED as the OData v4 API (datasets.cbs.nl/odata/v1/CBS) returns it, written by hand:
/// the Properties singleton, Dimensions, MeasureCodes (a unit with a non-breaking space, as CBS
/// writes "per 1 000 inwoners"), a Codes set per dimension with the period Status, and sixteen
/// Observations in the long form over three pages linked by @odata.nextLink. Rows of type
/// "Hulp bij het huishouden" are there too; the mapping keeps only the total. The figures are made up.
/// </summary>
internal static class V4Fixture
{
    public const string Table = "/odata/v1/CBS/86050NED/";

    public const string Mapping = """
        id: 86050ned
        table: 86050NED
        title: Wmo-cliënten; type maatwerkvoorziening (detail), regio
        api: v4
        region: RegioS
        period: Perioden
        filters:
          TypeMaatwerkvoorziening: T001394
        measures:
          - measure: M004485
            indicator: wmo-clienten
            unit: aantal
          - measure: M004486_2
            indicator: wmo-clienten-per-1000
            unit: per 1 000 inwoners
        """;

    public static Dictionary<string, string> Responses() => new(StringComparer.Ordinal)
    {
        [Table + "Properties|0"] = """
            {"@odata.context":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/$metadata#Properties","Identifier":"86050NED","Title":"Wmo-cliënten; type maatwerkvoorziening (detail), regio","Description":"Testtabel","Language":"nl","Catalog":"CBS","Version":"202410310200","Status":"Regulier","ObservationsModified":"2024-10-31T02:00:00Z","ObservationCount":16,"DatasetType":"Numeric","Source":"CBS"}
            """,
        [Table + "Dimensions|0"] = """
            {"@odata.context":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/$metadata#Dimensions","value":[
            {"Identifier":"TypeMaatwerkvoorziening","Title":"Type maatwerkvoorziening","Description":"","Kind":"Dimension","MapYear":null,"ReleasePolicy":null,"ContainsGroups":"Codes"},
            {"Identifier":"RegioS","Title":"Regio's","Description":"","Kind":"GeoDimension","MapYear":"2024","ReleasePolicy":null,"ContainsGroups":"Codes"},
            {"Identifier":"Perioden","Title":"Perioden","Description":"","Kind":"TimeDimension","MapYear":null,"ReleasePolicy":true,"ContainsGroups":"Codes"}]}
            """,
        [Table + "MeasureCodes|0"] = """
            {"@odata.context":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/$metadata#MeasureCodes","value":[
            {"Identifier":"M004485","Index":1,"Title":"Wmo-cliënten","Description":"","MeasureGroupId":null,"DataType":"Long","Unit":"aantal","Format":null,"Decimals":0,"PresentationType":"Absolute"},
            {"Identifier":"M004486_2","Index":2,"Title":"Wmo-cliënten per 1 000 inwoners","Description":"","MeasureGroupId":null,"DataType":"Long","Unit":"per 1\u00A0000 inwoners","Format":null,"Decimals":0,"PresentationType":"Relative"}]}
            """,
        [Table + "TypeMaatwerkvoorzieningCodes|0"] = """
            {"@odata.context":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/$metadata#TypeMaatwerkvoorzieningCodes","value":[
            {"Identifier":"T001394","Index":1,"Title":"Totaal Wmo-cliënten","Description":"","DimensionGroupId":null},
            {"Identifier":"A048840","Index":2,"Title":"Hulp bij het huishouden","Description":"","DimensionGroupId":null}]}
            """,
        [Table + "RegioSCodes|0"] = """
            {"@odata.context":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/$metadata#RegioSCodes","value":[
            {"Identifier":"NL01","Index":1,"Title":"Nederland","Description":"","DimensionGroupId":"0"},
            {"Identifier":"GM0118","Index":2,"Title":"Hoogeveen","Description":"","DimensionGroupId":"1"},
            {"Identifier":"GM1690","Index":3,"Title":"De Wolden","Description":"","DimensionGroupId":"1"}]}
            """,
        [Table + "PeriodenCodes|0"] = """
            {"@odata.context":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/$metadata#PeriodenCodes","value":[
            {"Identifier":"2023JJ00","Index":1,"Title":"2023","Description":"","DimensionGroupId":"0","Status":"Definitief"},
            {"Identifier":"2024JJ00","Index":2,"Title":"2024*","Description":"","DimensionGroupId":"0","Status":"Voorlopig"}]}
            """,
        [Table + "Observations|0"] = """
            {"@odata.context":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/$metadata#Observations","value":[
            {"Id":0,"Measure":"M004485","ValueAttribute":"None","Value":4700.0,"TypeMaatwerkvoorziening":"T001394","RegioS":"GM0118","Perioden":"2023JJ00"},
            {"Id":1,"Measure":"M004486_2","ValueAttribute":"None","Value":84.0,"TypeMaatwerkvoorziening":"T001394","RegioS":"GM0118","Perioden":"2023JJ00"},
            {"Id":2,"Measure":"M004485","ValueAttribute":"None","Value":4850.0,"TypeMaatwerkvoorziening":"T001394","RegioS":"GM0118","Perioden":"2024JJ00"},
            {"Id":3,"Measure":"M004486_2","ValueAttribute":"None","Value":86.0,"TypeMaatwerkvoorziening":"T001394","RegioS":"GM0118","Perioden":"2024JJ00"},
            {"Id":4,"Measure":"M004485","ValueAttribute":"None","Value":1850.0,"TypeMaatwerkvoorziening":"T001394","RegioS":"GM1690","Perioden":"2023JJ00"},
            {"Id":5,"Measure":"M004486_2","ValueAttribute":"None","Value":76.0,"TypeMaatwerkvoorziening":"T001394","RegioS":"GM1690","Perioden":"2023JJ00"}],
            "@odata.nextLink":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/Observations?$skip=6"}
            """,
        [Table + "Observations|6"] = """
            {"@odata.context":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/$metadata#Observations","value":[
            {"Id":6,"Measure":"M004485","ValueAttribute":"None","Value":1890.0,"TypeMaatwerkvoorziening":"T001394","RegioS":"GM1690","Perioden":"2024JJ00"},
            {"Id":7,"Measure":"M004486_2","ValueAttribute":"Confidential","Value":null,"TypeMaatwerkvoorziening":"T001394","RegioS":"GM1690","Perioden":"2024JJ00"},
            {"Id":8,"Measure":"M004485","ValueAttribute":"None","Value":2550.0,"TypeMaatwerkvoorziening":"A048840","RegioS":"GM0118","Perioden":"2023JJ00"},
            {"Id":9,"Measure":"M004486_2","ValueAttribute":"None","Value":46.0,"TypeMaatwerkvoorziening":"A048840","RegioS":"GM0118","Perioden":"2023JJ00"},
            {"Id":10,"Measure":"M004485","ValueAttribute":"None","Value":2650.0,"TypeMaatwerkvoorziening":"A048840","RegioS":"GM0118","Perioden":"2024JJ00"},
            {"Id":11,"Measure":"M004486_2","ValueAttribute":"None","Value":47.0,"TypeMaatwerkvoorziening":"A048840","RegioS":"GM0118","Perioden":"2024JJ00"}],
            "@odata.nextLink":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/Observations?$skip=12"}
            """,
        [Table + "Observations|12"] = """
            {"@odata.context":"https://datasets.cbs.nl/odata/v1/CBS/86050NED/$metadata#Observations","value":[
            {"Id":12,"Measure":"M004485","ValueAttribute":"None","Value":1010.0,"TypeMaatwerkvoorziening":"A048840","RegioS":"GM1690","Perioden":"2023JJ00"},
            {"Id":13,"Measure":"M004486_2","ValueAttribute":"None","Value":41.0,"TypeMaatwerkvoorziening":"A048840","RegioS":"GM1690","Perioden":"2023JJ00"},
            {"Id":14,"Measure":"M004485","ValueAttribute":"None","Value":1050.0,"TypeMaatwerkvoorziening":"A048840","RegioS":"GM1690","Perioden":"2024JJ00"},
            {"Id":15,"Measure":"M004486_2","ValueAttribute":"None","Value":43.0,"TypeMaatwerkvoorziening":"A048840","RegioS":"GM1690","Perioden":"2024JJ00"}]}
            """,
    };
}
