namespace Msd.Tests.Ingestion.Cbs;

/// <summary>
/// Table 85098NED as the OData v3 API (opendata.cbs.nl) returns it, written by hand: region keys
/// right-padded to ten characters, provisional periods marked "*" and "**" with their Status, a
/// secret value as null, and a TypedDataSet of twelve rows in three pages linked by odata.nextLink
/// (the first from ODataApi, the next ones on the public ODataFeed address, as CBS writes them).
/// The figures are made up.
/// </summary>
internal static class V3Fixture
{
    public const string Api = "/ODataApi/odata/85098NED/";
    public const string Feed = "/ODataFeed/odata/85098NED/";

    public static Dictionary<string, string> Responses() => new(StringComparer.Ordinal)
    {
        [Api + "TableInfos|0"] = """
            {"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/85098NED/$metadata#Cbs.OData.WebAPI.TableInfos","value":[{"ID":1,"Title":"Indicatoren jeugdzorg in natura; gemeenten","ShortTitle":"Indicatoren jeugdzorg in natura","Identifier":"85098NED","Summary":"Jongeren met jeugdhulp, jeugdbescherming en jeugdreclassering per gemeente","Modified":"2024-10-31T02:00:00","MetaDataModified":"2024-10-31T02:00:00","ReasonDelivery":"Actualisering","ExplanatoryText":"","OutputStatus":"Regulier","Source":"CBS.","Language":"nl","Catalog":"CBS","Frequency":"Perhalfjaar","Period":"2022 - 2024","ShortDescription":"Testtabel","Description":null,"DefaultPresentation":"ts=1&graphtype=Table","DefaultSelection":"$filter=((RegioS eq 'NL01      '))","GraphTypes":"Table,Bar,Line","RecordCount":12,"ColumnCount":5,"SearchPriority":"2"}]}
            """,
        [Api + "DataProperties|0"] = """
            {"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/85098NED/$metadata#Cbs.OData.WebAPI.DataProperties","value":[
            {"odata.type":"Cbs.OData.GeoDimension","ID":0,"Position":0,"ParentID":null,"Type":"GeoDimension","Key":"RegioS","Title":"Regio's","Description":"Gemeenten in de indeling van 2024.","MapYear":"2024","ReleasePolicy":false},
            {"odata.type":"Cbs.OData.TimeDimension","ID":1,"Position":1,"ParentID":null,"Type":"TimeDimension","Key":"Perioden","Title":"Perioden","Description":"","ReleasePolicy":true},
            {"odata.type":"Cbs.OData.TopicGroup","ID":2,"Position":2,"ParentID":null,"Type":"TopicGroup","Key":"","Title":"Jongeren met jeugdzorg in natura","Description":null},
            {"odata.type":"Cbs.OData.Topic","ID":3,"Position":3,"ParentID":2,"Type":"Topic","Key":"JongerenMetJeugdhulpInNatura_1","Title":"Jongeren met jeugdhulp in natura","Description":"Als percentage van alle jongeren tot 18 jaar.","Datatype":"Double","Unit":"%","Decimals":1,"Default":"Missing","PresentationType":"Relative"},
            {"odata.type":"Cbs.OData.Topic","ID":4,"Position":4,"ParentID":2,"Type":"Topic","Key":"JongerenMetJeugdbescherming_3","Title":"Jongeren met jeugdbescherming","Description":"Als percentage van alle jongeren tot 18 jaar.","Datatype":"Double","Unit":"%","Decimals":1,"Default":"Missing","PresentationType":"Relative"},
            {"odata.type":"Cbs.OData.Topic","ID":5,"Position":5,"ParentID":2,"Type":"Topic","Key":"JongerenMetJeugdreclassering_5","Title":"Jongeren met jeugdreclassering","Description":"Als percentage van alle jongeren van 12 tot 23 jaar.","Datatype":"Double","Unit":"%","Decimals":1,"Default":"Missing","PresentationType":"Relative"}]}
            """,
        [Api + "RegioS|0"] = """
            {"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/85098NED/$metadata#Cbs.OData.WebAPI.RegioS","value":[
            {"Key":"NL01      ","Title":"Nederland","Description":null,"CategoryGroupID":1},
            {"Key":"PV22      ","Title":"Drenthe (PV)","Description":null,"CategoryGroupID":2},
            {"Key":"GM0118    ","Title":"Hoogeveen","Description":null,"CategoryGroupID":3},
            {"Key":"GM1690    ","Title":"De Wolden","Description":null,"CategoryGroupID":3}]}
            """,
        [Api + "Perioden|0"] = """
            {"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/85098NED/$metadata#Cbs.OData.WebAPI.Perioden","value":[
            {"Key":"2022JJ00","Title":"2022","Description":"","Status":"Definitief"},
            {"Key":"2023JJ00","Title":"2023*","Description":"","Status":"Voorlopig"},
            {"Key":"2024HJ01","Title":"2024 1e halfjaar**","Description":"","Status":"Nader voorlopig"},
            {"Key":"2024KW01","Title":"2024 1e kwartaal*","Description":"","Status":"Voorlopig"}]}
            """,
        [Api + "TypedDataSet|0"] = """
            {"odata.metadata":"https://opendata.cbs.nl/ODataApi/OData/85098NED/$metadata#Cbs.OData.WebAPI.TypedDataSet","value":[
            {"ID":0,"RegioS":"NL01      ","Perioden":"2022JJ00","JongerenMetJeugdhulpInNatura_1":10.7,"JongerenMetJeugdbescherming_3":1.1,"JongerenMetJeugdreclassering_5":0.3},
            {"ID":1,"RegioS":"NL01      ","Perioden":"2023JJ00","JongerenMetJeugdhulpInNatura_1":13.5,"JongerenMetJeugdbescherming_3":1.1,"JongerenMetJeugdreclassering_5":0.3},
            {"ID":2,"RegioS":"NL01      ","Perioden":"2024HJ01","JongerenMetJeugdhulpInNatura_1":10.9,"JongerenMetJeugdbescherming_3":1.0,"JongerenMetJeugdreclassering_5":0.3},
            {"ID":3,"RegioS":"NL01      ","Perioden":"2024KW01","JongerenMetJeugdhulpInNatura_1":8.1,"JongerenMetJeugdbescherming_3":0.9,"JongerenMetJeugdreclassering_5":0.2}],
            "odata.nextLink":"https://opendata.cbs.nl/ODataFeed/odata/85098NED/TypedDataSet?$format=json&$skip=4"}
            """,
        [Feed + "TypedDataSet|4"] = """
            {"odata.metadata":"https://opendata.cbs.nl/ODataFeed/OData/85098NED/$metadata#Cbs.OData.WebAPI.TypedDataSet","value":[
            {"ID":4,"RegioS":"GM0118    ","Perioden":"2022JJ00","JongerenMetJeugdhulpInNatura_1":11.0,"JongerenMetJeugdbescherming_3":1.2,"JongerenMetJeugdreclassering_5":0.4},
            {"ID":5,"RegioS":"GM0118    ","Perioden":"2023JJ00","JongerenMetJeugdhulpInNatura_1":11.6,"JongerenMetJeugdbescherming_3":1.3,"JongerenMetJeugdreclassering_5":0.5},
            {"ID":6,"RegioS":"GM0118    ","Perioden":"2024HJ01","JongerenMetJeugdhulpInNatura_1":9.2,"JongerenMetJeugdbescherming_3":1.1,"JongerenMetJeugdreclassering_5":0.4},
            {"ID":7,"RegioS":"GM0118    ","Perioden":"2024KW01","JongerenMetJeugdhulpInNatura_1":7.0,"JongerenMetJeugdbescherming_3":1.0,"JongerenMetJeugdreclassering_5":null}],
            "odata.nextLink":"https://opendata.cbs.nl/ODataFeed/odata/85098NED/TypedDataSet?$format=json&$skip=8"}
            """,
        [Feed + "TypedDataSet|8"] = """
            {"odata.metadata":"https://opendata.cbs.nl/ODataFeed/OData/85098NED/$metadata#Cbs.OData.WebAPI.TypedDataSet","value":[
            {"ID":8,"RegioS":"GM1690    ","Perioden":"2022JJ00","JongerenMetJeugdhulpInNatura_1":9.1,"JongerenMetJeugdbescherming_3":0.5,"JongerenMetJeugdreclassering_5":null},
            {"ID":9,"RegioS":"GM1690    ","Perioden":"2023JJ00","JongerenMetJeugdhulpInNatura_1":9.8,"JongerenMetJeugdbescherming_3":0.6,"JongerenMetJeugdreclassering_5":0.2},
            {"ID":10,"RegioS":"GM1690    ","Perioden":"2024HJ01","JongerenMetJeugdhulpInNatura_1":8.4,"JongerenMetJeugdbescherming_3":0.5,"JongerenMetJeugdreclassering_5":null},
            {"ID":11,"RegioS":"GM1690    ","Perioden":"2024KW01","JongerenMetJeugdhulpInNatura_1":6.2,"JongerenMetJeugdbescherming_3":0.4,"JongerenMetJeugdreclassering_5":null}]}
            """,
    };
}
