using Resume.Parsing.Fields;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// "03 / 2024   –   08 / 2024": design tools (Canva and the like) space a date range's dash so widely from its dates
/// that the three read as three cells. A dash alone is no field of its own: between two cells that with it make a date
/// range, it joins them into the one range it writes, so the dash is not taken for an employer or a title.
/// </summary>
internal static class DashBetweenDates
{
    public static List<Chunk> Join(List<Chunk> row)
    {
        if (row.Count < 3 || !row.Any(c => IsDash(c.Text)))
        {
            return row;
        }
        var joined = new List<Chunk>(row.Count);
        for (var i = 0; i < row.Count; i++)
        {
            if (joined.Count > 0 && i + 1 < row.Count && IsDash(row[i].Text) && !OpensEarlier(joined) && Range(joined[^1], row[i + 1]) is { } range)
            {
                joined[^1] = range;
                i++;
                continue;
            }
            joined.Add(row[i]);
        }
        return joined;
    }

    /// <summary>"(Oct ‖ 2025 ‖ – ‖ Present)" in a justified line whose every word is a cell: the date before the dash
    /// begins in the cell before it, so the range is left whole for the line to read.</summary>
    private static bool OpensEarlier(List<Chunk> joined)
    {
        if (joined.Count < 2 || DateParser.Find(joined[^1].Text) is not { } own)
        {
            return false;
        }
        return DateParser.Find($"{joined[^2].Text.Trim()} {joined[^1].Text.Trim()}") is { } wider && wider.Start != own.Start;
    }

    private static bool IsDash(string text) => text.Trim() is "–" or "—" or "-";

    private static Chunk? Range(Chunk start, Chunk end)
    {
        var text = $"{start.Text.Trim()} – {end.Text.Trim()}";
        if (DateParser.Find(start.Text) is null || DateParser.Find(text) is not { IsRange: true } date || !DateParser.IsOnlyDate(text, date))
        {
            return null;
        }
        return new Chunk(text, start.Left, end.Right, start.Baseline, Math.Max(start.Size, end.Size), start.Bold && end.Bold, start.BulletGlyph)
        {
            Italic = start.Italic && end.Italic,
            Icon = start.Icon,
            Block = start.Block,
        };
    }
}
