using System.Text;

namespace Pipeline.Cli.Submit;

/// <summary>Reads <c>results.csv</c> back (RFC 4180: quoted cells, doubled quotes), each row by header.</summary>
internal static class ResultsTable
{
    public static List<Dictionary<string, string>> Read(string text)
    {
        var records = Records(text.TrimStart('\uFEFF')).ToList();
        if (records.Count == 0)
        {
            return [];
        }
        var headers = records[0];
        return [.. records.Skip(1).Select(r => headers.Select((h, i) => (h, Value: i < r.Count ? Unneutralise(r[i]) : "")).ToDictionary(c => c.h, c => c.Value))];
    }

    /// <summary>The apostrophe the server put before a formula-like cell is for spreadsheets, not for people reading here.</summary>
    private static string Unneutralise(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell[1..] : cell;

    private static IEnumerable<List<string>> Records(string text)
    {
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                record.Add(cell.ToString());
                cell.Clear();
                yield return record;
                record = [];
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0 || record.Count > 0)
        {
            record.Add(cell.ToString());
            yield return record;
        }
    }
}
