namespace Msd.Web.Monitor;

/// <summary>The grain in a URL, in Dutch (<c>?per=kwartaal</c>), and back.</summary>
public static class GrainParameter
{
    private static readonly (string Grain, string Word)[] Words =
        [("year", "jaar"), ("half_year", "halfjaar"), ("quarter", "kwartaal"), ("month", "maand")];

    public static string? Parse(string? word) => Words.FirstOrDefault(w => w.Word == word).Grain;

    public static string Word(string grain) => Words.FirstOrDefault(w => w.Grain == grain).Word ?? grain;
}
