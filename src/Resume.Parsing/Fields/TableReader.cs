using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// Reads a table with a header row ("Institution | Degree | Field | Dates") into one dictionary per row, keyed by the
/// lower-cased header. Cells that wrap onto a second line in a PDF are joined back by their position under the header.
/// </summary>
internal static class TableReader
{
    private static readonly HashSet<string> HeaderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "institution", "school", "university", "college", "degree", "qualification", "program", "programme", "field",
        "major", "area", "subject", "field of study", "discipline", "dates", "date", "year", "years", "period", "gpa",
        "grade", "score", "location", "company", "employer", "organisation", "organization", "title", "position", "role",
        "name", "issuer", "certificate", "certification", "award", "language", "level", "proficiency", "skill", "skills",
        "board", "percentage", "cgpa", "marks", "passing", "class", "division", "result", "course", "examination", "exam",
        "standard",
        // The same columns as CVs in Spanish, Portuguese, German, French and Italian head them.
        "institución", "instituição", "universidad", "universidade", "centro", "título", "titulación", "curso", "fecha", "fechas",
        "periodo", "período", "año", "años", "data", "datas", "ano", "empresa", "empleador", "empregador", "cargo", "puesto",
        "função", "lugar", "local", "idioma", "nivel", "nível",
        "schule", "hochschule", "abschluss", "studiengang", "fach", "zeitraum", "datum", "jahr", "arbeitgeber", "firma",
        "unternehmen", "funktion", "tätigkeit", "ort", "note", "sprache", "niveau",
        "établissement", "école", "diplôme", "formation", "domaine", "période", "année", "entreprise", "employeur", "poste",
        "fonction", "lieu", "mention", "langue",
        "istituto", "università", "titolo", "corso", "anno", "azienda", "ruolo", "posizione", "sede", "voto", "lingua", "livello",
    };

    /// <summary>"College/School", "Year of Passing", "Percentage/CGPA": a header cell names its column when one of its
    /// words does.</summary>
    public static bool NamesColumn(string cell) => HeaderWords.Contains(cell.Trim().TrimEnd(':'))
        || Words(cell).Any(HeaderWords.Contains);

    /// <summary>A row of short cells, each naming a column by one of its words, set apart as headers are (bold or in
    /// capitals), with no figure in it: "COURSE | COLLEGE/SCHOOL | UNIVERSITY/BOARD | YEAR OF PASSING".</summary>
    private static bool IsHeaderRow(TextLine line) =>
        line.Segments.All(s => NamesColumn(s.Text) && Words(s.Text).Length <= 4 && !s.Text.Any(char.IsDigit))
        && (line.Bold || line.Segments.All(s => !s.Text.Any(char.IsLower)));

    /// <summary>"Employer Role" read as one phrase: header cells set so close (a right-aligned cell beside a left-aligned
    /// one) that the extractor joined them. Where every word of a piece names a column on its own, each word is a cell,
    /// placed where its characters fall.</summary>
    private static IReadOnlyList<LineSegment> WordCells(IReadOnlyList<LineSegment> segments)
    {
        if (!segments.Any(s => s.Text.Contains(' ')))
        {
            return segments;
        }
        var cells = new List<LineSegment>();
        foreach (var segment in segments)
        {
            var words = segment.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !words.All(w => HeaderWords.Contains(w.TrimEnd(':'))) || HeaderWords.Contains(segment.Text.Trim())
                || segment.Right <= segment.Left)
            {
                cells.Add(segment);
                continue;
            }
            var charWidth = (segment.Right - segment.Left) / segment.Text.Length;
            var at = segment.Text.IndexOf(words[0], StringComparison.Ordinal);
            foreach (var word in words)
            {
                at = segment.Text.IndexOf(word, at, StringComparison.Ordinal);
                var left = segment.Left + at * charWidth;
                cells.Add(segment with { Text = word, Left = left, Right = left + word.Length * charWidth, FromMargin = cells.Count == 0 && segment.FromMargin });
                at += word.Length;
            }
        }
        return cells;
    }

    /// <summary>The words of a header cell, split at spaces and slashes.</summary>
    public static string[] Words(string cell) => cell.Trim().TrimEnd(':').Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries);

    public static bool TryRead(IReadOnlyList<TextLine> lines, out List<Dictionary<string, string>> rows)
    {
        rows = [];
        var headerIndex = -1;
        IReadOnlyList<LineSegment>? spread = null;
        for (var i = 0; i < lines.Count && i < 3; i++)
        {
            var segments = WordCells(lines[i].Segments);
            if (segments.Count >= 3 && segments.All(s => HeaderWords.Contains(s.Text.Trim().TrimEnd(':'))))
            {
                headerIndex = i;
                spread = segments;
                break;
            }
        }
        IReadOnlyList<LineSegment> header;
        if (spread is not null)
        {
            header = spread;
        }
        else if (WrappedHeader(lines) is { } wrapped)
        {
            (header, headerIndex) = wrapped;
        }
        else if (Enumerable.Range(0, Math.Min(3, lines.Count)).FirstOrDefault(i => lines[i].Segments.Count >= 3 && IsHeaderRow(lines[i]), -1) is var row and >= 0)
        {
            (header, headerIndex) = (lines[row].Segments, row);
        }
        else
        {
            return false;
        }
        var keys = header.Select(s => s.Text.Trim().TrimEnd(':').ToLowerInvariant()).ToList();
        var geometry = lines[headerIndex].HasGeometry;
        List<string>? current = null;
        TextLine? previousLine = null;
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            // A cell that wraps puts its next line close below; rows sit further apart.
            var close = previousLine is not null && line.HasGeometry && line.Page == previousLine.Page
                && line.Top - previousLine.Top <= line.FontSize * 1.3;
            previousLine = line;
            var cells = new string?[keys.Count];
            if (geometry && line.HasGeometry)
            {
                foreach (var segment in SplitAtColumns(header, line.Segments))
                {
                    var column = ColumnOf(header, segment);
                    cells[column] = cells[column] is null ? segment.Text : cells[column] + " " + segment.Text;
                }
            }
            else
            {
                for (var k = 0; k < line.Segments.Count && k < keys.Count; k++)
                {
                    cells[k] = line.Segments[k].Text;
                }
            }
            var filled = cells.Count(c => c is not null);
            // Cells set in the middle of their rows put a row's first line under only some headers; a gap wider than
            // any wrap inside a cell still starts the row.
            var apart = previousLine is not null && line.HasGeometry && i > headerIndex + 1 && line.Top - lines[i - 1].Top > line.FontSize * 1.5;
            var newRow = current is null || !geometry || !close && (filled >= Math.Max(2, keys.Count - 1) || apart && filled >= 2);
            if (newRow)
            {
                current = cells.Select(c => c ?? "").ToList();
                rows.Add([]);
            }
            else
            {
                for (var k = 0; k < keys.Count; k++)
                {
                    if (cells[k] is { } more)
                    {
                        current![k] = current[k].Length == 0 ? more : JoinWrapped(current[k], more);
                    }
                }
            }
            var row = rows[^1];
            for (var k = 0; k < keys.Count; k++)
            {
                row[keys[k]] = current![k];
            }
        }
        return rows.Count > 0;
    }

    /// <summary>"Year of" / "Qualification ‖ Institution ‖ Board / University" / "Passing": header cells wrapped over
    /// two or three close bold lines, set in the middle of their cells. Pieces standing over one another are one cell;
    /// a header when there are three cells or more and each names a column.</summary>
    private static (IReadOnlyList<LineSegment> Header, int Last)? WrappedHeader(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count && i < 3; i++)
        {
            var last = i;
            while (last + 1 < lines.Count && last - i < 2 && lines[last + 1].Bold && lines[i].Bold && lines[last + 1].HasGeometry
                && lines[last + 1].Page == lines[last].Page && lines[last + 1].Top - lines[last].Top <= lines[last].FontSize * 1.3)
            {
                last++;
            }
            if (last == i)
            {
                continue;
            }
            var cells = new List<(double Left, double Right, List<string> Text)>();
            foreach (var segment in lines.Skip(i).Take(last - i + 1).SelectMany(l => l.Segments))
            {
                var k = cells.FindIndex(c => segment.Left < c.Right && segment.Right > c.Left);
                if (k < 0)
                {
                    cells.Add((segment.Left, segment.Right, [segment.Text.Trim()]));
                }
                else
                {
                    cells[k] = (Math.Min(cells[k].Left, segment.Left), Math.Max(cells[k].Right, segment.Right), [.. cells[k].Text, segment.Text.Trim()]);
                }
            }
            if (cells.Count >= 3 && cells.All(c => c.Text.SelectMany(Words).Any(HeaderWords.Contains)))
            {
                var header = cells.OrderBy(c => c.Left)
                    .Select(c => new LineSegment(FirstHeaderWord(c.Text), c.Left, c.Right)).ToList();
                return (header, last);
            }
        }
        return null;
    }

    /// <summary>The words of a wrapped header cell that name the column ("Year of Passing" → "year").</summary>
    private static string FirstHeaderWord(List<string> text) =>
        text.SelectMany(Words).First(HeaderWords.Contains);

    private static string JoinWrapped(string first, string second) =>
        first.EndsWith('-') && second.Length > 0 && char.IsLower(second[0]) ? first + second : first + " " + second;

    private static int ColumnOf(IReadOnlyList<LineSegment> header, LineSegment segment)
    {
        // The column whose header starts at or a little right of the segment (headers often sit in padded cells).
        var best = 0;
        for (var k = 0; k < header.Count; k++)
        {
            if (header[k].Left <= segment.Left + 8)
            {
                best = k;
            }
        }
        return best;
    }

    /// <summary>Cells set so close that they came out as one phrase are cut where the next column's header starts.</summary>
    private static IEnumerable<LineSegment> SplitAtColumns(IReadOnlyList<LineSegment> header, IReadOnlyList<LineSegment> segments)
    {
        foreach (var segment in segments)
        {
            var current = segment;
            for (var k = 1; k < header.Count; k++)
            {
                var edge = header[k].Left;
                if (current.Left < edge - 8 && current.Right > edge + 8 && SegmentSplit.At(current, edge - 4) is { } parts)
                {
                    yield return parts.Left;
                    current = parts.Right;
                }
            }
            yield return current;
        }
    }
}
