namespace Msd.Catalog;

/// <summary>
/// The small SQL expression language of measures and filters: columns of one dataset, literals,
/// operators, a fixed set of functions and the engine's period parameters. Scanning it lets the
/// catalogue check every column and code before any SQL runs.
/// </summary>
public static class SqlExpression
{
    public static readonly string[] Functions =
    [
        "coalesce", "nullif", "abs", "round", "floor", "ceil", "least", "greatest", "lower", "upper", "trim", "length",
        "substr", "year", "month", "age_on", "days_between", "working_days_between", "map",
    ];

    public static readonly string[] Parameters = ["period_start", "period_end", "reference_date"];

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "not", "in", "is", "null", "between", "like", "case", "when", "then", "else", "end", "true",
        "false", "date", "interval", "cast", "as", "integer", "bigint", "decimal", "varchar", "distinct", "day", "days",
    };

    private static readonly HashSet<string> Statements = new(StringComparer.OrdinalIgnoreCase)
    {
        "select", "from", "where", "insert", "update", "delete", "drop", "create", "alter", "union", "join", "attach",
        "copy", "pragma", "install", "load", "call", "grant",
    };

    public enum TokenKind
    {
        Column,
        Function,
        Parameter,
        Text,
        Number,
        Symbol,
        Keyword,
    }

    public sealed record Token(TokenKind Kind, string Text, int Offset);

    /// <summary>Splits an expression into tokens; returns a Dutch error message instead when it is not a plain expression.</summary>
    public static (IReadOnlyList<Token> Tokens, string? Error) Scan(string expression)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var end = i + 1;
                while (end < expression.Length && !(expression[end] == '\'' && (end + 1 >= expression.Length || expression[end + 1] != '\'')))
                    end += expression[end] == '\'' ? 2 : 1;
                if (end >= expression.Length)
                    return (tokens, "Een tekst tussen enkele aanhalingstekens is niet afgesloten.");
                tokens.Add(new Token(TokenKind.Text, expression[(i + 1)..end].Replace("''", "'", StringComparison.Ordinal), i));
                i = end + 1;
            }
            else if (c == ':' && i + 1 < expression.Length && char.IsLetter(expression[i + 1]))
            {
                var end = Word(expression, i + 1);
                tokens.Add(new Token(TokenKind.Parameter, expression[(i + 1)..end], i));
                i = end;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var end = Word(expression, i);
                var word = expression[i..end];
                if (Statements.Contains(word))
                    return (tokens, $"'{word}' hoort niet in een uitdrukking: schrijf alleen een berekening of voorwaarde over de kolommen van de dataset.");
                var next = end;
                while (next < expression.Length && expression[next] == ' ')
                    next++;
                var kind = Keywords.Contains(word) ? TokenKind.Keyword
                    : next < expression.Length && expression[next] == '(' ? TokenKind.Function
                    : TokenKind.Column;
                tokens.Add(new Token(kind, word, i));
                i = end;
            }
            else if (char.IsDigit(c))
            {
                var end = i;
                while (end < expression.Length && (char.IsDigit(expression[end]) || expression[end] == '.'))
                    end++;
                tokens.Add(new Token(TokenKind.Number, expression[i..end], i));
                i = end;
            }
            else if (c == ';' || (c == '-' && i + 1 < expression.Length && expression[i + 1] == '-') || (c == '/' && i + 1 < expression.Length && expression[i + 1] == '*'))
            {
                return (tokens, "Puntkomma's en commentaar horen niet in een uitdrukking.");
            }
            else if ("()<>=!,+-*/%|".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new Token(TokenKind.Symbol, c.ToString(), i));
                i++;
            }
            else
            {
                return (tokens, $"Het teken '{c}' is niet toegestaan in een uitdrukking.");
            }
        }
        return (tokens, null);
    }

    /// <summary>The text literals a filter compares a column with: <c>col = 'x'</c>, <c>col &lt;&gt; 'x'</c>, <c>col [not] in ('a', 'b')</c>.</summary>
    public static IEnumerable<(string Column, string Code)> ComparedCodes(IReadOnlyList<Token> tokens)
    {
        string At(int k) => k < tokens.Count ? tokens[k].Text : "";
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Column)
                continue;
            var j = i + 1;
            var op = At(j) + (At(j) is "<" or "!" ? At(j + 1) : "");
            if (op is "=" or "<>" or "!=")
            {
                j += op.Length;
                if (j < tokens.Count && tokens[j].Kind == TokenKind.Text)
                    yield return (tokens[i].Text, tokens[j].Text);
                continue;
            }
            if (At(j).Equals("not", StringComparison.OrdinalIgnoreCase))
                j++;
            if (!At(j).Equals("in", StringComparison.OrdinalIgnoreCase) || At(j + 1) != "(")
                continue;
            for (var k = j + 2; k < tokens.Count && tokens[k].Text != ")"; k++)
            {
                if (tokens[k].Kind == TokenKind.Text)
                    yield return (tokens[i].Text, tokens[k].Text);
            }
        }
    }

    private static int Word(string s, int start)
    {
        var end = start;
        while (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] == '_'))
            end++;
        return end;
    }
}
