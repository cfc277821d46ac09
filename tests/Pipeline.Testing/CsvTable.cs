using System.Text;

namespace Pipeline.Testing;

/// <summary>A CSV file read as RFC 4180 says (quoted cells, doubled quotes, CRLF inside quotes), header first.</summary>
public sealed class CsvTable
{
    private CsvTable(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Headers = headers;
        Rows = rows;
    }

    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>The cell under <paramref name="header"/> in row <paramref name="row"/>.</summary>
    public string Cell(int row, string header)
    {
        var column = Headers.ToList().IndexOf(header);
        return column >= 0 ? Rows[row][column] : throw new ArgumentException($"No column '{header}' in {string.Join(", ", Headers)}.");
    }

    public IEnumerable<string> Column(string header) => Enumerable.Range(0, Rows.Count).Select(i => Cell(i, header));

    /// <summary>Parses <paramref name="text"/>; a leading byte-order mark must have been taken off already.</summary>
    public static CsvTable Parse(string text)
    {
        var records = new List<List<string>>();
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
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    record.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n':
                    record.Add(cell.ToString());
                    cell.Clear();
                    records.Add(record);
                    record = [];
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (cell.Length > 0 || record.Count > 0)
        {
            record.Add(cell.ToString());
            records.Add(record);
        }
        var width = records[0].Count;
        var ragged = records.FindIndex(r => r.Count != width);
        if (ragged >= 0)
        {
            throw new FormatException($"Row {ragged} has {records[ragged].Count} cells, the header {width}.");
        }
        return new CsvTable(records[0], records.Skip(1).ToList());
    }
}
