using Resume.Model;
using Resume.Parsing.Fields;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Structure;

/// <summary>
/// Headings in a left margin or a label cell, and the rows of a table whose label cell names the section of the
/// entries beside it.
/// </summary>
internal static partial class SectionSplitter
{
    /// <summary>A line whose first segment is a heading in a left margin or a label cell ("EXPERIENCE | Acme | 2020") is a
    /// heading followed by a content line.</summary>
    private static List<TextLine> SplitMarginHeadings(IReadOnlyList<TextLine> input, HashSet<TextLine> cellHeadings,
        Dictionary<TextLine, string> contentKinds)
    {
        var labelEdge = FlushRightLabelEdge(input);
        input = MarkOutdentedHeadings(input);
        // Only where the margin (or the first table column) is where headings live: in a moderncv-style margin of dates
        // and labels, "Languages" beside a list is a skill group, not a section.
        int marginSegments = 0, marginHeadings = 0, plainHeadings = 0;
        foreach (var line in input)
        {
            var first = line.Segments[0];
            var isHeading = HeadingLexicon.Match(HeadingText(first.Text)) is { Exact: true };
            if (line.Segments.Count > 1 && (first.FromMargin || !line.HasGeometry))
            {
                marginSegments++;
                marginHeadings += isHeading ? 1 : 0;
            }
            else if (line.Segments.Count == 1 && isHeading && !line.Bullet)
            {
                plainHeadings++;
            }
        }
        // A margin that sets all its headings in capitals sets a section's name the lexicon only half knows ("HARD
        // SKILLS &amp; SOFT SKILLS") the same way: that cell is a heading too.
        var capsFlags = input.Where(l => l.Segments.Count > 1 && l.Segments[0].FromMargin && HeadingLexicon.Match(HeadingText(l.Segments[0].Text)) is { Exact: true })
            .Select(l => IsAllCaps(l.Segments[0].Text)).Distinct().ToList();
        bool? marginCaps = capsFlags.Count == 1 && capsFlags[0] ? true : null;
        var geometry = input.Any(l => l.HasGeometry);
        var headingColumn = geometry
            ? marginHeadings >= 2 && marginHeadings * 2 >= marginSegments
            : marginHeadings >= 1;
        var rowLabels = headingColumn && !geometry && marginHeadings >= 2 ? RowLabelsOfEntries(input) : null;
        // The faces of the headings that stand alone: a margin cell in one of them, larger than the line it opens, is
        // that line's heading even where the margin's other cells are dates ("Certificates" beside its only item).
        var headingFaces = input.Where(l => l.HasGeometry && l.Segments.Count == 1 && !l.Bullet && l.Bold
                && HeadingLexicon.Match(HeadingText(l.Text)) is { Exact: true })
            .Select(l => Math.Round(l.FontSize, 1)).ToHashSet();
        bool InHeadingFace(TextLine line) => line.HasGeometry && line.Segments.Count > 1 && line.Segments[0] is { FromMargin: true, Bold: true } cell
            && !line.Bullet && headingFaces.Any(f => Math.Abs(f - cell.Size) < 0.6) && cell.Size > line.Segments[1].Size + 0.5
            && HeadingLexicon.Match(HeadingText(cell.Text)) is { Exact: true };
        var result = new List<TextLine>(input.Count + 8);
        foreach (var line in input)
        {
            // In a column of labels set flush right beside their values (a label/value form), a label that names a
            // list section ("Certificates" beside its list) opens it; "Languages" there is a skill group, and the name
            // beside "Personal information" belongs to the header.
            var labelCell = labelEdge is { } edge && line.HasGeometry && line.Segments.Count > 1 && !line.Bullet
                && Math.Abs(line.Segments[0].Right - edge) <= 1.5
                && HeadingLexicon.Match(HeadingText(line.Segments[0].Text)) is { Exact: true } named
                && named.Kind is SectionKinds.Certificates or SectionKinds.Awards or SectionKinds.Publications or SectionKinds.Interests
                    or SectionKinds.Projects or SectionKinds.Volunteer
                && IsSectionCell(named.Kind, line.Segments.Skip(1).Select(s => s.Text).ToList());
            // The bullet of a list that starts beside a heading cell belongs to the list, not to the heading.
            var rowLabel = rowLabels is not null && rowLabels.TryGetValue(line, out var rowKind) ? rowKind : null;
            var faceHeading = InHeadingFace(line);
            if (labelCell || rowLabel is not null || faceHeading || headingColumn && line.Segments.Count > 1 && (!line.Bullet || line.Segments[0].FromMargin)
                && (HeadingLexicon.Match(HeadingText(line.Segments[0].Text)) is { } known
                    && (known.Exact || line.Segments[0].FromMargin && marginCaps is { } caps && IsAllCaps(line.Segments[0].Text) == caps)
                    || line.Segments[0].FromMargin && HeadingLexicon.Qualified(HeadingText(line.Segments[0].Text)) is not null)
                && HeadingLexicon.Match(HeadingText(line.Segments[0].Text)) is { } cell
                && (line.Segments[0].FromMargin || !line.HasGeometry)
                && (geometry || IsSectionCell(cell.Kind, line.Segments.Skip(1).Select(s => s.Text).ToList())))
            {
                var first = line.Segments[0];
                var heading = new TextLine([first with { FromMargin = true }])
                {
                    Page = line.Page, Top = line.Top, Bottom = line.Bottom, Left = first.Left, Right = first.Right,
                    FontSize = first.Size > 0 ? first.Size : line.FontSize, Bold = line.HasGeometry ? first.Bold : line.Bold, HeadingLevel = line.HeadingLevel, GapBefore = line.GapBefore,
                    Column = line.Column, InSidebar = line.InSidebar, ColumnRight = line.ColumnRight,
                    TypeSize = line.TypeSize, Larger = line.Larger,
                };
                result.Add(heading);
                if (labelCell)
                {
                    cellHeadings.Add(heading);
                }
                if (rowLabel is not null)
                {
                    cellHeadings.Add(heading);
                    contentKinds[heading] = rowLabel;
                }
                var rest = line.Segments.Skip(1).ToList();
                result.Add(new TextLine(rest)
                {
                    Page = line.Page, Top = line.Top, Bottom = line.Bottom, Left = rest[0].Left, Right = line.Right,
                    FontSize = line.HasGeometry ? rest.Max(r => r.Size) : line.FontSize,
                    Bold = line.HasGeometry ? rest.All(r => r.Bold) : line.Bold, Bullet = line.Bullet, Indent = line.Indent,
                    Column = line.Column, InSidebar = line.InSidebar, ColumnRight = line.ColumnRight,
                    TypeSize = line.TypeSize, Larger = line.Larger,
                });
                continue;
            }
            result.Add(line);
        }
        return result;
    }

    /// <summary>
    /// In a table whose rows each open with a label cell naming their section ("Ausbildung", "Sprachen"), a row's label
    /// the lexicon does not know (a slip of the pen, an unusual name) heads that row all the same when the row holds
    /// entries that open with their date ranges: the rows say which section they are by their dates, and each dated entry
    /// says whether it is a job or schooling. Keyed by the row's first line, valued with the kind most of its entries are.
    /// </summary>
    private static Dictionary<TextLine, string>? RowLabelsOfEntries(IReadOnlyList<TextLine> input)
    {
        Dictionary<TextLine, string>? found = null;
        for (var i = 0; i < input.Count; i++)
        {
            var line = input[i];
            if (!line.GapBefore || line.HasGeometry || line.Bullet || line.Segments.Count < 2 || !IsRowLabel(line.Segments[0].Text))
            {
                continue;
            }
            var end = i + 1;
            while (end < input.Count && !input[end].GapBefore)
            {
                end++;
            }
            var row = new List<TextLine> { new([.. line.Segments.Skip(1)]) };
            row.AddRange(input.Skip(i + 1).Take(end - i - 1));
            if (HeadinglessRows.KindOfEntries(row) is { } kind)
            {
                (found ??= new(ReferenceEqualityComparer.Instance))[line] = kind;
            }
        }
        return found;
    }

    /// <summary>A cell that can be a row's label: a name of one to three words, no figures, no sentence, unknown to the lexicon.</summary>
    private static bool IsRowLabel(string cell)
    {
        var text = HeadingText(cell);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && text.Length <= 40 && char.IsUpper(text[0])
            && text.All(c => char.IsLetter(c) || c is ' ' or '&' or '-' or '/') && HeadingLexicon.Match(text) is null or { Exact: false };
    }

    /// <summary>The right edge shared by the first cells of several label/value lines whose starts differ, field labels
    /// among them: a form's labels set flush right against their values. Null when the page has no such column.</summary>
    private static double? FlushRightLabelEdge(IReadOnlyList<TextLine> input)
    {
        var firsts = input.Where(l => l.HasGeometry && l.Segments.Count > 1).Select(l => l.Segments[0]).ToList();
        foreach (var group in firsts.GroupBy(s => Math.Round(s.Right)).OrderByDescending(g => g.Count()))
        {
            var cells = firsts.Where(s => Math.Abs(s.Right - group.Key) <= 1.5).ToList();
            if (cells.Count < 4)
            {
                return null;
            }
            // A form's labels name fields ("Dates", "Occupation or position held"); a CV class's margin of dates and
            // skill-group labels ("Certifications | PALS, ACLS") is no form, and its labels stay groups.
            if (cells.Max(s => s.Left) - cells.Min(s => s.Left) >= 20
                && cells.Count(s => Fields.FieldLabels.Of(s.Text) != Fields.FieldLabels.Role.None) >= 3)
            {
                return group.Key;
            }
        }
        return null;
    }

    /// <summary>A label cell that names a section, not a skill group ("Languages | English: Fluent" is the languages
    /// section; "Languages | Java, Go" is a group of skills).</summary>
    private static bool IsSectionCell(string kind, IReadOnlyList<string> cells)
    {
        // A cell that holds labelled groups of its own ("Cloud: AWS, GCP") sits under a section heading.
        if (cells.Count >= 2 && cells[0].TrimEnd().EndsWith(':') || LabelledGroup().IsMatch(cells[0]))
        {
            return true;
        }
        var content = string.Join(" ", cells);
        if (kind == SectionKinds.Languages)
        {
            return Fields.HumanLanguages.Contains(content);
        }
        var items = content.Split(',', StringSplitOptions.TrimEntries);
        var shortList = items.Length >= 2 && items.All(i => i.Count(c => c == ' ') <= 3);
        // "Interests | Chess, Cycling" is the interests section wherever it stands; "Tools | Git, Jira" may be a group.
        return !shortList || kind is not SectionKinds.Skills;
    }

    /// <summary>
    /// A heading set out in the left margin beside the first line of its section ("Work   QA Tester") is a margin
    /// segment even on a page where the margin holds too few labels to be found as a column.
    /// </summary>
    private static IReadOnlyList<TextLine> MarkOutdentedHeadings(IReadOnlyList<TextLine> input)
    {
        var lefts = input.Where(l => l.HasGeometry).GroupBy(l => Math.Round(l.Left)).ToList();
        if (lefts.Count == 0)
        {
            return input;
        }
        var common = lefts.MaxBy(g => g.Count())!.Key;
        foreach (var line in input)
        {
            if (line.HasGeometry && line.Segments.Count > 1 && !line.Segments[0].FromMargin)
            {
                var (first, second) = (line.Segments[0], line.Segments[1]);
                if (first.Left < common - 20 && second.Left - first.Right > 12 && second.Left >= common - 30
                    && HeadingLexicon.Match(HeadingText(first.Text)) is { Exact: true })
                {
                    line.Segments = [first with { FromMargin = true }, .. line.Segments.Skip(1)];
                    line.ResetText();
                }
            }
        }
        return input;
    }
}
