using System.Text;

namespace Ingest.Api.Batches.Results;

/// <summary>
/// One cell of a CSV that opens cleanly in Excel and LibreOffice: always quoted (RFC 4180, inner quotes doubled), and a
/// text that starts like a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, carriage return) gets a leading
/// apostrophe, so a resume cannot plant a formula in a spreadsheet (OWASP, CSV injection).
/// </summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static void Write(StringBuilder line, string? text)
    {
        var value = text ?? "";
        line.Append('"');
        if (value.Length > 0 && Array.IndexOf(FormulaStarts, value[0]) >= 0)
        {
            line.Append('\'');
        }
        line.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        line.Append('"');
    }

    /// <summary>A number as it is, unquoted, so a spreadsheet sorts it as one.</summary>
    public static void Write(StringBuilder line, int? number)
    {
        if (number is { } value)
        {
            line.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
