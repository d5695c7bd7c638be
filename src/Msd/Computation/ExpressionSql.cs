using System.Text;
using Msd.Storage;
using static Msd.Catalog.SqlExpression;

namespace Msd.Computation;

/// <summary>
/// Turns a catalogue expression (a measure, filter or deadline) into SQL for one engine. Columns become
/// <c>d.column</c>, the period parameters columns of the period list <c>p</c>, and the catalogue's own
/// functions (<c>age_on</c>, <c>days_between</c>, <c>working_days_between</c>, <c>year</c>, <c>month</c>)
/// the workspace's <c>msd_…</c> functions or SQL that DuckDB and PostgreSQL both read the same way.
/// </summary>
public static class ExpressionSql
{
    /// <summary>Resolves <c>map(column, 'mapping')</c>: the SQL of a column's code mapped through its code list.</summary>
    public delegate string CodeMapping(string column, string mapping);

    public static string Translate(string expression, DatabaseEngine engine, CodeMapping? map = null)
    {
        var (tokens, error) = Scan(expression);
        if (error is not null)
            throw new MsdUserException($"De uitdrukking '{expression}' is ongeldig: {error} Controleer de catalogus met 'msd catalog check'.");
        var i = 0;
        var sql = Sequence(tokens, ref i, engine, map, stopAtComma: false);
        return sql;
    }

    // msd_age_on, msd_days_between and msd_working_days_between are defined per engine in schema 0006
    public static string AgeOn(string birthDate, string onDate) => $"msd_age_on({birthDate}, {onDate})";

    public static string DaysBetween(string from, string to) => $"msd_days_between({from}, {to})";

    public static string WorkingDaysBetween(string from, string to) => $"msd_working_days_between({from}, {to})";

    /// <summary><c>CASE value WHEN 'code' THEN 'mapped' … END</c>: codes without a mapped value become NULL.</summary>
    public static string Mapped(string value, IEnumerable<(string Code, string Value)> pairs) =>
        $"CASE {value} " + string.Join(" ", pairs.Select(p => $"WHEN '{p.Code.Replace("'", "''", StringComparison.Ordinal)}' THEN '{p.Value.Replace("'", "''", StringComparison.Ordinal)}'")) + " END";

    private static string Sequence(IReadOnlyList<Token> tokens, ref int i, DatabaseEngine engine, CodeMapping? map, bool stopAtComma)
    {
        var sql = new StringBuilder();
        var depth = 0;
        for (; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Text == ")" && depth == 0 && stopAtComma)
                break;
            if (token.Text == "," && depth == 0 && stopAtComma)
                break;
            if (token.Text == "(")
                depth++;
            else if (token.Text == ")")
                depth--;
            if (token.Kind == TokenKind.Symbol && i + 1 < tokens.Count && (token.Text + tokens[i + 1].Text) is ">=" or "<=" or "<>" or "!=" or "||")
            {
                Append(sql, token.Text + tokens[++i].Text);
                continue;
            }
            var text = token.Kind switch
            {
                TokenKind.Column => "d." + token.Text.ToLowerInvariant(),
                TokenKind.Parameter => token.Text == "period_start" ? "p.msd_start" : "p.msd_end",
                TokenKind.Text => "'" + token.Text.Replace("'", "''", StringComparison.Ordinal) + "'",
                TokenKind.Function => Function(tokens, ref i, engine, map),
                _ => token.Text,
            };
            Append(sql, text);
        }
        return sql.ToString();
    }

    private static string Function(IReadOnlyList<Token> tokens, ref int i, DatabaseEngine engine, CodeMapping? map)
    {
        var name = tokens[i].Text.ToLowerInvariant();
        i += 2; // the name and its "("
        var args = new List<string>();
        while (i < tokens.Count)
        {
            args.Add(Sequence(tokens, ref i, engine, map, stopAtComma: true));
            if (i >= tokens.Count || tokens[i].Text == ")")
                break;
            i++; // the comma
        }
        string Arg(int k) => k < args.Count ? args[k] : throw new MsdUserException($"De functie {name} heeft te weinig argumenten.");
        return name switch
        {
            "age_on" => AgeOn(Arg(0), Arg(1)),
            "days_between" => DaysBetween(Arg(0), Arg(1)),
            "working_days_between" => WorkingDaysBetween(Arg(0), Arg(1)),
            "year" or "month" => $"extract({name} from {Arg(0)})",
            "map" when map is not null => map(Arg(0).Replace("d.", "", StringComparison.Ordinal), Arg(1).Trim('\'')),
            _ => $"{name}({string.Join(", ", args)})",
        };
    }

    private static void Append(StringBuilder sql, string text)
    {
        if (sql.Length > 0 && text is not (")" or ",") && sql[^1] != '(')
            sql.Append(' ');
        sql.Append(text);
    }
}
