using Resume.Parsing.Layout;
using Resume.Model;

namespace Resume.Parsing.Fields;

/// <summary>
/// Skills grouped as the resume groups them: "Languages: C#, Go", a label cell beside its list, a bold label above a
/// cloud of chips, or one ungrouped list.
/// </summary>
internal static partial class SkillsParser
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}\s?%$")]
    private static partial System.Text.RegularExpressions.Regex Percent();

    public static List<Skill> Parse(IReadOnlyList<TextLine> input)
    {
        var rated = new HashSet<TextLine>(ReferenceEqualityComparer.Instance);
        var lines = JoinOpenBrackets(JoinWrappedItems(AlignLabels(WithoutRatings(WithColonsOnLabels(RatingGlyphs.Stripped(input)), rated))));
        var groups = new List<(string? Name, List<string> Keywords)>();
        string? pendingLabel = null;
        TextLine? pendingLabelLine = null;
        var freshLabel = false;
        double? listLeft = null;
        List<string>? openList = null;
        TextLine? previous = null;
        List<(double Left, int Group)>? columns = null;
        TextLine? columnRow = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            // Under a row of labels, each cell belongs to the label it stands under ("Personal | Interests" over two
            // columns of items), not to one group named after all of them.
            if (columns is not null && previous == columnRow && !IsLabelRow(lines, i) && InColumns(line, columns) is { } cells)
            {
                foreach (var (segment, group) in cells)
                {
                    var list = groups[group].Keywords;
                    var items = KeywordSplitter.Split(segment.Text);
                    // "OOP (Object-Oriented" over "Programming)": a cell's item that wrapped inside its bracket.
                    if (items.Count > 0 && list.Count > 0 && list[^1].Count(c => c == '(') > list[^1].Count(c => c == ')'))
                    {
                        list[^1] = list[^1] + " " + items[0];
                        items.RemoveAt(0);
                    }
                    list.AddRange(items);
                }
                openList = null;
                previous = columnRow = line;
                continue;
            }
            columns = null;
            // A list that wrapped onto this line ("…, Financial" / "Reporting"). A rating closes the item it follows: the
            // line under a rated one is never its wrapped rest, however far the rating's cell ran to the right.
            if (openList is not null && previous is not null && !rated.Contains(previous) && !line.Bullet && !text.Contains(':')
                && (line.Segments.Count == 1 || line.Segments.All(s => !s.FromMargin))
                && WrapsFrom(previous, line))
            {
                var items = KeywordSplitter.Split(WrappedText(previous, line));
                var ended = previous.Text.TrimEnd();
                if (items.Count > 0 && openList.Count > 0 && !(ended.Length > 0 && KeywordSplitter.HasSeparators(ended[^1..]))
                    && BreaksItem(openList, items, previous, line))
                {
                    openList[^1] = openList[^1] + " " + items[0];
                    items.RemoveAt(0);
                }
                openList.AddRange(items);
                previous = line;
                continue;
            }

            // A bulleted item too long for its column goes on under its own text, without a bullet, and the next item has
            // its bullet again ("• Strukturierte und präzise" / "Arbeitsweise" / "• Teamfähigkeit").
            if (openList is { Count: > 0 } && previous is not null && !rated.Contains(previous) && WrapsBulletItem(previous, line, i + 1 < lines.Count ? lines[i + 1] : null))
            {
                openList[^1] = openList[^1] + " " + text;
                previous = line;
                continue;
            }

            // A row of labels each closed by its colon ("Software:  |  Lab techniques:") over columns of items.
            if (line.Segments.Count > 1 && i + 1 < lines.Count && line.Segments.All(seg => ClosesWithColon(seg.Text)))
            {
                pendingLabel = string.Join(" / ", line.Segments.Select(seg => seg.Text.Trim().TrimEnd('-', ' ', ':')));
                freshLabel = true;
                pendingLabelLine = null;
                openList = null;
                previous = line;
                continue;
            }
            // "Frontend: React, Vue  |  Backend: Go, Rust": cells side by side, each opening with its own label, are as
            // many groups; a cell without a label goes on the list of the cell before it.
            if (line.Segments.Count > 1 && LabelColon(line.Segments[0].Text.Trim()) > 0
                && line.Segments.Count(seg => LabelColon(seg.Text.Trim()) > 0) >= 2)
            {
                foreach (var segment in line.Segments)
                {
                    var cell = segment.Text.Trim();
                    var cut = LabelColon(cell);
                    if (cut > 0)
                    {
                        groups.Add((cell[..cut].Trim(), KeywordSplitter.Split(cell[(cut + 1)..])));
                    }
                    else
                    {
                        groups[^1].Keywords.AddRange(KeywordSplitter.Split(cell));
                    }
                }
                openList = groups[^1].Keywords;
                pendingLabel = null;
                pendingLabelLine = null;
                previous = line;
                continue;
            }
            var colon = LabelColon(text);
            if (colon > 0)
            {
                var name = text[..colon].Trim();
                var list = KeywordSplitter.Split(text[(colon + 1)..]);
                // "java : gut": a skill rated after its colon is an item of the list it stands in, even the only rated one.
                if (list.Count == 1 && IsRating(list[0]) && !HumanLanguages.IsName(name) && !KeywordSplitter.HasSeparators(name))
                {
                    AddItems([name]);
                    previous = line;
                    continue;
                }
                groups.Add((name, list));
                openList = list;
                pendingLabel = null;
                pendingLabelLine = null;
                previous = line;
                continue;
            }
            // "«Software development | • Clean-code principles" (a Europass or moderncv label column): a first cell set in
            // the page's margin of labels names the group its row's other cells and the unlabelled lines under it hold;
            // a later cell that reads as a label before a list cell opens a group of its own (moderncv's
            // "«Language | Python, C | Operating System | Linux, Windows").
            // A table's head ("Area | Skills" over its rows) names columns, not a group.
            if (!IsLabelRow(lines, i) && MarginLabelledGroups(line) is { } labelled)
            {
                foreach (var (name, items) in labelled)
                {
                    groups.Add((name, items));
                }
                pendingLabel = labelled[^1].Name;
                freshLabel = false;
                pendingLabelLine = null;
                openList = groups[^1].Keywords;
                listLeft = null;
                previous = line;
                continue;
            }
            // "Label | a, b, c": a label cell beside one list cell (a row of chips has many cells instead). Under such a
            // row, a row whose value cell starts where that list did is one too, with a single item ("Languages | English").
            if (line.Segments.Count is 2 or 3 && IsLabel(line.Segments[0].Text) && !KeywordSplitter.HasSeparators(line.Segments[0].Text)
                && (line.Segments.Skip(1).Any(s => s.Text.Contains(',') || s.Text.Contains(';'))
                    || line.Segments.Count == 2 && listLeft is { } at && line.HasGeometry && Math.Abs(line.Segments[1].Left - at) <= 2))
            {
                listLeft = line.HasGeometry && line.Segments.Count == 2 ? line.Segments[1].Left : null;
                var list = line.Segments.Skip(1).SelectMany(s => KeywordSplitter.Split(s.Text)).ToList();
                groups.Add((line.Segments[0].Text.Trim().TrimEnd(':'), list));
                openList = list;
                pendingLabel = null;
                pendingLabelLine = null;
                previous = line;
                continue;
            }
            // "PROGRAMMING LANGUAGES  typescript | python | golang": a first cell set in bold before cells in the plain
            // type names the list those cells hold, however many cells the list takes.
            if (line.Segments.Count >= 2 && line.Segments[0].Bold && line.Segments.Skip(1).All(s => !s.Bold)
                && IsLabel(line.Segments[0].Text) && !KeywordSplitter.HasSeparators(line.Segments[0].Text))
            {
                var list = line.Segments.Skip(1).SelectMany(s => KeywordSplitter.Split(s.Text)).ToList();
                if (list.Count >= 2)
                {
                    groups.Add((line.Segments[0].Text.Trim().TrimEnd(':'), list));
                    openList = list;
                    pendingLabel = null;
                    pendingLabelLine = null;
                    listLeft = null;
                    previous = line;
                    continue;
                }
            }
            // A label too long for its column goes on under itself in its own type ("Full-" / "stack development").
            if (i + 2 < lines.Count && IsWrappedLabel(line, lines[i + 1]) && StandsOut(line, lines[i + 2]) && IsLabelFor(lines[i + 1], lines[i + 2]))
            {
                var rest = lines[i + 1].Text.Trim();
                pendingLabel = text.EndsWith('-') ? text + rest : text + " " + rest;
                freshLabel = true;
                pendingLabelLine = lines[i + 1];
                openList = null;
                previous = lines[i + 1];
                i++;
                continue;
            }
            // "Programming languages:" closed by its colon labels the items below it, bullets or not; a line set at the
            // indent of the items under the label before it is one more item ("ABM Campaigns" among its siblings).
            // A skill that was rated ("Tableau: very good") is an item, never a label over the lines after it.
            if (line.Segments.Count == 1 && !KeywordSplitter.HasSeparators(text) && IsLabel(text) && i + 1 < lines.Count && !rated.Contains(line)
                && (ClosesWithColon(text) || !AmongItems(line, previous, pendingLabelLine) && !UnderLikeItem(line, previous, pendingLabelLine)
                    && !SetAsItsItems(line, lines[i + 1], pendingLabelLine) && IsLabelFor(line, lines[i + 1])))
            {
                pendingLabel = text.TrimEnd(':');
                freshLabel = true;
                pendingLabelLine = line;
                openList = null;
                previous = line;
                continue;
            }
            // A row of group labels over rows of chips ("Languages | Frameworks" above their skills).
            if (IsLabelRow(lines, i))
            {
                if (line.HasGeometry && lines[i + 1].HasGeometry && StandsOut(line, lines[i + 1])
                    && InColumns(lines[i + 1], Columns(line, groups.Count)) is not null)
                {
                    columns = Columns(line, groups.Count);
                    groups.AddRange(line.Segments.Select(seg => ((string?)seg.Text.Trim().TrimEnd(':').Trim(), new List<string>())));
                    pendingLabel = null;
                    pendingLabelLine = null;
                    openList = null;
                    previous = columnRow = line;
                    continue;
                }
                pendingLabel = string.Join(" / ", line.Segments.Select(seg => seg.Text));
                freshLabel = true;
                pendingLabelLine = null;
                openList = null;
                previous = line;
                continue;
            }
            // Chips or a plain list: every segment holds one or more keywords.
            var keywords = new List<string>();
            foreach (var segment in line.Segments)
            {
                keywords.AddRange(KeywordSplitter.Split(segment.Text));
            }
            if (keywords.Count == 0)
            {
                continue;
            }
            AddItems(keywords);
            previous = line;
        }
        return ListConjunctions.PartHabitualAnds(BracketedGroups.Unfold(groups)
            .Where(g => g.Keywords.Count > 0)
            .Select(g => new Skill { Name = g.Name?.Trim(), Keywords = Distinct(KeywordSplitter.WithoutLevels(KeywordSplitter.SplitSlashLists(g.Keywords))) })
            .ToList());

        void AddItems(List<string> keywords)
        {
            // A label opens a group of its own, even one named as the group before it ("Languages: Python, R" over a
            // "Languages" label of spoken ones).
            if (pendingLabel is not null && !freshLabel && groups.Count > 0 && groups[^1].Name == pendingLabel)
            {
                groups[^1].Keywords.AddRange(keywords);
            }
            else if (pendingLabel is null && groups.Count > 0 && groups[^1].Name is null)
            {
                groups[^1].Keywords.AddRange(keywords);
            }
            else
            {
                groups.Add((pendingLabel, keywords));
            }
            freshLabel = false;
            openList = groups[^1].Keywords;
        }
    }

    /// <summary>
    /// A list that rates its skills in words ("C#  Expert", "Java  FAIR") prints the rating as a cell of its own beside
    /// the skill, or a few points below its baseline on a line of its own: once two ratings stand so, each is the level
    /// of the skill beside it, neither a skill nor a label that makes the skill above it a group's name.
    /// </summary>
    private static IReadOnlyList<TextLine> WithoutRatings(IReadOnlyList<TextLine> lines, HashSet<TextLine> ratedLines)
    {
        var ratings = lines.Sum(l => l.Segments.Count(s => IsRating(s.Text)));
        var rated = lines.Count(l => RatedAfterColon(l) is not null);
        if (ratings < 2 && rated < 2)
        {
            return lines;
        }
        var result = new List<TextLine>(lines.Count);
        TextLine? cellRatedAbove = null;
        foreach (var line in lines)
        {
            // "Tableau: very good" on two lines or more: the words after the colon rate the skill; they name no group.
            if (rated >= 2 && RatedAfterColon(line) is { } skill)
            {
                line.Segments = [line.Segments[0] with { Text = skill }];
                line.ResetText();
                ratedLines.Add(line);
                result.Add(line);
                continue;
            }
            // A rating on a line of its own is dropped; it still parts the lines around it ("rxjs, webpack" / "Expert" /
            // "Go, C#"): what follows it never goes on with the item before it. Under a bold group label ("Frameworks" /
            // "Intermediate" / "Svelte, Vue.js") the rating rates the group, and the label stays a label.
            if (line.Segments.All(s => IsRating(s.Text)))
            {
                if (result.Count > 0 && !result[^1].Bold)
                {
                    ratedLines.Add(result[^1]);
                }
                continue;
            }
            var cellRated = line.Segments.Count > 1 && line.Segments.Any(s => IsRating(s.Text));
            if (cellRated)
            {
                line.Segments = [.. line.Segments.Where(s => !IsRating(s.Text))];
                line.ResetText();
            }
            // Rows rated one after another are a list of rated skills, each an item ("Matlab  very good" over "Git  good").
            // A rated row over unrated ones may be a group rated as a whole ("Teaching  Expert" over its list), so it
            // keeps the chance to be a label.
            if (cellRated && cellRatedAbove is not null)
            {
                ratedLines.Add(cellRatedAbove);
                ratedLines.Add(line);
            }
            cellRatedAbove = cellRated ? line : null;
            result.Add(line);
        }
        return result;
    }

    /// <summary>The skill of a one-cell "Skill: level" line ("Power Query: good", "SQL: Grundkenntnisse"), or null.</summary>
    private static string? RatedAfterColon(TextLine line) =>
        line.Segments.Count == 1 && SimpleSections.RatedItem(line.Segments[0].Text) is { } rated ? rated.Item : null;

    /// <summary>A cell that holds nothing but a level word ("Expert", "GOOD", "B2"), not a skill named with one ("Advanced
    /// Excel").</summary>
    private static bool IsRating(string text)
    {
        var t = text.Trim().TrimEnd('.');
        if (Percent().IsMatch(t))
        {
            return true; // the reading of a gauge ("80%") beside or above the skill it rates
        }
        // "sehr gute Kenntnisse", "Grundkenntnisse", "basic knowledge": a level put as how much the person knows.
        var knows = t.EndsWith("kenntnisse", StringComparison.OrdinalIgnoreCase) ? t[..^"kenntnisse".Length].Trim()
            : t.EndsWith(" knowledge", StringComparison.OrdinalIgnoreCase) ? t[..^" knowledge".Length].Trim() : null;
        if (knows is not null && t.Length <= 30 && !KeywordSplitter.HasSeparators(t) && (knows.Length == 0 || SimpleSections.IsLevelWord(knows)))
        {
            return true;
        }
        return t.Length is > 1 and <= 20 && t.Count(c => c == ' ') <= 1 && !KeywordSplitter.HasSeparators(t)
            && SimpleSections.IsLevelWord(t);
    }

    /// <summary>
    /// Where most rows set a label cell beside a list ("Software | SAP, Xero"), a row whose label ran into its list
    /// ("Accounting General Ledger, …") is cut where the lists start.
    /// </summary>
    private static IReadOnlyList<TextLine> AlignLabels(IReadOnlyList<TextLine> lines)
    {
        var starts = lines.Where(l => l.HasGeometry && l.Segments.Count == 2 && IsLabel(l.Segments[0].Text) && KeywordSplitter.HasSeparators(l.Segments[1].Text))
            .Select(l => Math.Round(l.Segments[1].Left)).ToList();
        if (starts.Count < 2)
        {
            return lines;
        }
        var column = starts.GroupBy(x => x).MaxBy(g => g.Count())!.Key;
        var result = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            if (line.HasGeometry && line.Segments.Count == 1 && line.Segments[0].Left < column - 8 && line.Segments[0].Right > column + 8
                && SegmentSplit.At(line.Segments[0], column) is { } parts && IsLabel(parts.Left.Text) && !KeywordSplitter.HasSeparators(parts.Left.Text))
            {
                line.Segments = [parts.Left, parts.Right];
                line.ResetText();
            }
            result.Add(line);
        }
        return result;
    }

    /// <summary>
    /// A list of one item a line that sets its items apart with space between them: where most items stand a paragraph
    /// gap apart, a line that follows at the tighter line pitch is the same item wrapped in a narrow column
    /// ("Experience working in" / "retail and customer service").
    /// </summary>
    private static IReadOnlyList<TextLine> JoinWrappedItems(IReadOnlyList<TextLine> lines)
    {
        var gaps = new double[lines.Count];
        var pitches = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            gaps[i] = PlainItemPair(lines[i - 1], lines[i]) ? lines[i].Top - lines[i - 1].Top : 0;
            if (gaps[i] > 0)
            {
                pitches.Add(gaps[i]);
            }
        }
        if (pitches.Count < 3)
        {
            return lines;
        }
        var tight = pitches.Min();
        var spaced = pitches.Count(g => g >= tight * 1.25 && g <= tight * 2.2);
        if (spaced < 2 || spaced * 2 < pitches.Count(g => g < tight + 1.5))
        {
            return lines;
        }
        var result = new List<TextLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            // A line breaks where the next word no longer fits: two short labels of bars that happen to stand closer than
            // the others ("Angular" / "React") are two items.
            if (i > 0 && gaps[i] > 0 && gaps[i] < tight + 1.5 && result.Count > 0 && result[^1].Bottom <= lines[i].Top + 1
                && !(result[^1].ColumnRight > 0 && WouldHaveFit(result[^1], lines[i])))
            {
                var above = result[^1];
                result[^1] = new TextLine([new LineSegment(above.Text.TrimEnd() + " " + lines[i].Text.Trim(), Math.Min(above.Left, lines[i].Left),
                    Math.Max(above.Right, lines[i].Right), Size: above.FontSize, Bold: above.Bold)])
                {
                    Page = above.Page, Top = above.Top, Bottom = lines[i].Bottom, Left = Math.Min(above.Left, lines[i].Left),
                    Right = Math.Max(above.Right, lines[i].Right), ColumnRight = above.ColumnRight, FontSize = above.FontSize,
                    Bold = above.Bold, Italic = above.Italic, Bullet = above.Bullet, Indent = above.Indent, Column = above.Column, InSidebar = above.InSidebar,
                };
                continue;
            }
            result.Add(lines[i]);
        }
        return result;
    }

    /// <summary>A row of group labels over rows of chips ("Languages | Frameworks" above their skills).</summary>
    private static bool IsLabelRow(IReadOnlyList<TextLine> lines, int i)
    {
        var line = lines[i];
        return line.Segments.Count > 1 && i + 1 < lines.Count && line.Segments.All(seg => IsLabel(seg.Text) && !KeywordSplitter.HasSeparators(seg.Text))
            && (StandsOut(line, lines[i + 1]) || NamesColumns(line, lines[i + 1]));
    }

    private static List<(double Left, int Group)> Columns(TextLine labels, int firstGroup) =>
        [.. labels.Segments.Select((seg, k) => (seg.Left, firstGroup + k))];

    /// <summary>The cells of a row set under a row of labels, each with the label it stands under: every cell starts at
    /// or a little right of one label's left edge and before the next one's, one cell to a column. Null when the row does not
    /// stand so.</summary>
    private static List<(LineSegment Segment, int Group)>? InColumns(TextLine line, List<(double Left, int Group)> columns)
    {
        // A table's head over rows of a label beside its list ("Area | Skills" over "Systems | Epic, Cerner") names
        // the table's columns, not two groups.
        if (!line.HasGeometry || line.Segments.Count > columns.Count || line.Segments.Any(s => LabelColon(s.Text.Trim()) > 0)
            || line.Segments.Count is 2 or 3 && IsLabel(line.Segments[0].Text) && !KeywordSplitter.HasSeparators(line.Segments[0].Text)
                && line.Segments.Skip(1).Any(s => s.Text.Contains(',') || s.Text.Contains(';')))
        {
            return null;
        }
        var cells = new List<(LineSegment, int)>(line.Segments.Count);
        var last = -1;
        foreach (var segment in line.Segments)
        {
            var k = columns.FindLastIndex(c => c.Left <= segment.Left + 6);
            if (k <= last || segment.Left - columns[k].Left > 40 || k + 1 < columns.Count && segment.Right > columns[k + 1].Left + 2)
            {
                return null;
            }
            cells.Add((segment, columns[k].Group));
            last = k;
        }
        return cells;
    }

    /// <summary>
    /// "Autres :" set as a label and a colon cell apart (French puts a space before the colon, and a wide space cuts the
    /// line there): the colon closes the label before it and is no item.
    /// </summary>
    private static IReadOnlyList<TextLine> WithColonsOnLabels(IReadOnlyList<TextLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Segments.Count < 2 || !line.Segments.Skip(1).Any(s => s.Text.Trim() == ":"))
            {
                continue;
            }
            var segments = new List<LineSegment>(line.Segments.Count);
            foreach (var segment in line.Segments)
            {
                if (segment.Text.Trim() == ":" && segments.Count > 0)
                {
                    segments[^1] = segments[^1] with { Text = segments[^1].Text.TrimEnd() + " :", Right = segment.Right };
                    continue;
                }
                segments.Add(segment);
            }
            line.Segments = segments;
            line.ResetText();
        }
        return lines;
    }

    /// <summary>
    /// An item whose bracket is left open at the end of its line goes on to the line that closes it ("PHP (basic, for the
    /// custom fields of the" / "CMS)"): a line break inside brackets never parts two items.
    /// </summary>
    private static IReadOnlyList<TextLine> JoinOpenBrackets(IReadOnlyList<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i + 1 < lines.Count && line.Segments.Count == 1 && lines[i + 1].Segments.Count == 1 && Depth(line.Text) > 0
                && Depth(line.Text) + Depth(lines[i + 1].Text) == 0 && lines[i + 1].Page == line.Page && lines[i + 1].Column == line.Column
                && !lines[i + 1].Bullet)
            {
                result ??= [.. lines.Take(i)];
                var next = lines[i + 1];
                var joined = line.Segments[0] with { Text = line.Text.TrimEnd() + " " + next.Text.Trim(), Right = Math.Max(line.Right, next.Right) };
                result.Add(new TextLine([joined])
                {
                    Page = line.Page, Top = line.Top, Bottom = next.Bottom, Left = line.Left, Right = Math.Max(line.Right, next.Right),
                    ColumnRight = line.ColumnRight, FontSize = line.FontSize, Bold = line.Bold, Italic = line.Italic, Bullet = line.Bullet,
                    Indent = line.Indent, Column = line.Column, InSidebar = line.InSidebar,
                });
                i++;
                continue;
            }
            result?.Add(line);
        }
        return result ?? lines;

        static int Depth(string text) => text.Count(c => c is '(' or '[') - text.Count(c => c is ')' or ']');
    }

    /// <summary>Two lines of one plain list of single items: same page, column, face and size, no separators or labels.</summary>
    private static bool PlainItemPair(TextLine a, TextLine b) =>
        a.HasGeometry && b.HasGeometry && a.Page == b.Page && a.Column == b.Column && a.Segments.Count == 1 && b.Segments.Count == 1
        && !b.Bullet && a.Bold == b.Bold && Math.Abs(a.FontSize - b.FontSize) < 0.3 && (Math.Abs(a.Left - b.Left) <= 1.5 || Math.Abs(a.Right - b.Right) <= 1.5)
        && !a.Text.Contains(':') && !b.Text.Contains(':') && !KeywordSplitter.HasSeparators(a.Text) && !KeywordSplitter.HasSeparators(b.Text)
        && b.Top > a.Top;

    private static List<string> Distinct(List<string> keywords)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return keywords.Where(k => seen.Add(k)).ToList();
    }

    /// <summary>The colon of "Label: items", when the label is short and not part of a URL or time.</summary>
    private static int LabelColon(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 40 || colon + 1 >= text.Length || text[colon + 1] == '/')
        {
            return -1;
        }
        // French sets a space before the colon ("Bases de données : PostgreSQL"): it parts no words of the label.
        var label = text[..colon].TrimEnd();
        return label.Count(c => c == ' ') <= 4 && !label.Contains(',') ? colon : -1;
    }

    /// <summary>
    /// The groups of a row whose first cell stands in the margin of labels, each with its items; null when the row is not
    /// one (no margin cell, or the margin cell is no label: a date, a list). A later cell opens a group only when it reads
    /// as a label, holds no list itself and a list cell follows it.
    /// </summary>
    private static List<(string Name, List<string> Keywords)>? MarginLabelledGroups(TextLine line)
    {
        var cells = line.Segments;
        if (cells.Count < 2 || !cells[0].FromMargin || cells.Skip(1).Any(c => c.FromMargin)
            || !IsLabel(cells[0].Text) || KeywordSplitter.HasSeparators(cells[0].Text) || LabelColon(cells[0].Text.Trim()) > 0)
        {
            return null;
        }
        var groups = new List<(string Name, List<string> Keywords)> { (cells[0].Text.Trim().TrimEnd(':'), []) };
        for (var k = 1; k < cells.Count; k++)
        {
            var text = cells[k].Text.Trim();
            if (k + 1 < cells.Count && groups[^1].Keywords.Count > 0 && IsLabel(text) && !KeywordSplitter.HasSeparators(text)
                && char.IsUpper(text[0]) && cells[k + 1].Text.Contains(','))
            {
                groups.Add((text.TrimEnd(':'), []));
                continue;
            }
            groups[^1].Keywords.AddRange(KeywordSplitter.Split(text));
        }
        return groups.All(g => g.Keywords.Count > 0) ? groups : null;
    }

    private static bool ClosesWithColon(string text)
    {
        var t = text.Trim().TrimEnd('-', ' ');
        return t.EndsWith(':') && IsLabel(t) && t.IndexOf(':') == t.Length - 1;
    }

    private static bool IsLabel(string text)
    {
        var t = text.Trim().TrimEnd(':');
        return t.Length is > 1 and <= 40 && t.Count(c => c == ' ') <= 4 && !t.Any(char.IsDigit);
    }

    /// <summary>A label line is followed by its items: set apart by weight or indent, or the items come as chips. A list
    /// set flush right or centred starts its shorter lines further right without indenting them.</summary>
    private static bool IsLabelFor(TextLine label, TextLine next)
    {
        if (next.Segments.Count > 1 || KeywordSplitter.Split(next.Text).Count > 1)
        {
            return !label.Bullet;
        }
        if (label.HasGeometry && next.HasGeometry)
        {
            return label.Bold && !next.Bold || next.Left > label.Left + 3 && !SharesEdge(label, next) || label.FontSize > next.FontSize + 0.4;
        }
        return label.Bold && !next.Bold || next.Indent > label.Indent || next.Bullet && !label.Bullet;
    }

    /// <summary>The line broke inside an item rather than between two: the rest goes on in lower case or after a
    /// connector ("Sales &amp;" / "Operations"), or a comma list ends the line with no comma. Pipes and bullets are not
    /// put at the end of a line broken between items, so there the item must stay no longer than the list's others ("Data"
    /// / "Analysis" among two-word items, but not "Content Creation" / "UI/UX Design"), and on a page a break where the
    /// next word would still have fit was made by hand.</summary>
    private static bool BreaksItem(List<string> before, List<string> after, TextLine previous, TextLine line)
    {
        var head = before[^1].TrimEnd();
        var tail = after[0];
        if (char.IsLower(tail[0]) || head.EndsWith('&') || head.EndsWith('-') || head.EndsWith('/')
            || head.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || head.EndsWith(" of", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (previous.Text.Contains(',') || previous.Text.Contains(';'))
        {
            return true; // a comma list broken between items keeps its comma at the end of the line
        }
        var longest = before.Take(before.Count - 1).Concat(after.Skip(1)).Select(k => Text.Words.Count(k)).DefaultIfEmpty(0).Max();
        var geometry = previous.HasGeometry && line.HasGeometry && previous.ColumnRight > 0;
        if (geometry && WouldHaveFit(previous, line))
        {
            return false;
        }
        return Text.Words.Count(head) + Text.Words.Count(tail) <= (geometry ? Math.Max(2, longest) : longest);
    }

    /// <summary>The next line's first word had room at the end of the line before (a cell's own left edge aside).</summary>
    private static bool WouldHaveFit(TextLine previous, TextLine line)
        => !LineWrap.FirstWordWouldNotFit(previous, line);

    /// <summary>A label's first line and its wrapped rest: one type and left edge, the first broken off at a hyphen or the
    /// rest going on in lower case.</summary>
    private static bool IsWrappedLabel(TextLine first, TextLine rest)
    {
        var a = first.Text.Trim();
        var b = rest.Text.Trim();
        return first.HasGeometry && rest.HasGeometry && first.Segments.Count == 1 && rest.Segments.Count == 1 && first.Page == rest.Page
            && first.Bold == rest.Bold && Math.Abs(first.FontSize - rest.FontSize) < 0.3 && Math.Abs(first.Left - rest.Left) <= 1.5
            && a.Length > 0 && b.Length > 0 && (a.EndsWith('-') || char.IsLower(b[0])) && !a.Contains(':')
            && !KeywordSplitter.HasSeparators(a) && !KeywordSplitter.HasSeparators(b) && IsLabel(a + " " + b);
    }

    /// <summary>Two lines of a column set flush right or centred: they end, or sit, at the same place.</summary>
    private static bool SharesEdge(TextLine a, TextLine b) =>
        Math.Abs(a.Right - b.Right) <= 1.5 || Math.Abs(a.Left + a.Right - b.Left - b.Right) <= 3;

    /// <summary>The line starts where the items under the last label start, indented from the label itself, and looks
    /// like the item above it: it is one more item, not a new label.</summary>
    private static bool AmongItems(TextLine line, TextLine? previous, TextLine? label) =>
        label is not null && previous is not null && previous != label && line.HasGeometry && previous.HasGeometry && label.HasGeometry
        && previous.Column == line.Column && label.Column == line.Column
        && Math.Abs(line.Left - previous.Left) <= 1.5 && line.Left > label.Left + 3 && line.Bold == previous.Bold
        && Math.Abs(line.FontSize - previous.FontSize) < 0.4;

    /// <summary>The text of a list's wrapped line: a cell that starts well left of the list belongs to the column beside
    /// it (a caption under a picture, on the same row), not to the list.</summary>
    private static string WrappedText(TextLine previous, TextLine line) =>
        line.Segments.Count > 1 && line.HasGeometry && previous.HasGeometry && line.Segments.Any(s => s.Left >= previous.Left - 3)
            ? string.Join(" ", line.Segments.Where(s => s.Left >= previous.Left - 3).Select(s => s.Text.Trim()))
            : line.Text.Trim();

    /// <summary>Under a label that stands out from them, a line in the very type of the list line after it is one more
    /// item ("**Technical**" over "JavaScript, React", "UI/UX", "Github, CI/CD"): the group's labels are set as its label
    /// is, not as its items.</summary>
    private static bool SetAsItsItems(TextLine line, TextLine next, TextLine? label) =>
        label is not null && label.HasGeometry && line.HasGeometry && next.HasGeometry && StandsOut(label, line) && !line.Bold
        && next.Segments.Count == 1 && line.Bold == next.Bold && Math.Abs(line.FontSize - next.FontSize) < 0.3
        && Math.Abs(line.Left - next.Left) <= 1.5 && line.Column == next.Column;

    /// <summary>The line is set as the single item above it (same left edge, size and weight, neither bold): one more
    /// item of a plain list ("SQL" under "Create Data Visualizations"), even where the next line lists several.</summary>
    private static bool UnderLikeItem(TextLine line, TextLine? previous, TextLine? label) =>
        previous is not null && previous != label && line.HasGeometry && previous.HasGeometry && previous.Column == line.Column
        && previous.Page == line.Page && previous.Segments.Count == 1 && !line.Bold && !previous.Bold
        && !KeywordSplitter.HasSeparators(previous.Text) && !previous.Text.Contains(':')
        && Math.Abs(line.Left - previous.Left) <= 1.5 && Math.Abs(line.FontSize - previous.FontSize) < 0.3;

    /// <summary>A row of names over a row of as many cells, some of them lists ("Languages | Frameworks" over "Python, C,
    /// SQL | Flask"): the names head the columns under them, styled or not.</summary>
    private static bool NamesColumns(TextLine labels, TextLine next) =>
        next.Segments.Count == labels.Segments.Count && next.Segments.Any(s => KeywordSplitter.HasSeparators(s.Text))
        && !labels.Text.Contains(':');

    /// <summary>The line is the wrapped rest of the bulleted item above it: no bullet, set where that item's text starts, in
    /// its type and at the line pitch, and followed by another bullet (or nothing), so it is not a label over the list.</summary>
    private static bool WrapsBulletItem(TextLine previous, TextLine line, TextLine? next)
    {
        var text = line.Text.Trim();
        return previous.Bullet && !line.Bullet && line.HasGeometry && previous.HasGeometry && line.Page == previous.Page
            && line.Column == previous.Column && line.Segments.Count == 1 && previous.Segments.Count == 1
            && Math.Abs(line.Left - previous.Left) <= 1.5 && line.Bold == previous.Bold && Math.Abs(line.FontSize - previous.FontSize) < 0.3
            && line.Top > previous.Top && line.Top - previous.Top <= previous.FontSize * 1.8
            && !text.Contains(':') && !KeywordSplitter.HasSeparators(text) && !KeywordSplitter.HasSeparators(previous.Text)
            && !previous.Text.TrimEnd().EndsWith('.') && !IsRating(text)
            && (next is null || next.Bullet || next.Page != line.Page || next.Column != line.Column);
    }

    private static bool StandsOut(TextLine label, TextLine next) =>
        label.HasGeometry && next.HasGeometry
            ? label.Bold && !next.Bold || label.FontSize > next.FontSize + 0.4
            : label.Bold && !next.Bold;

    private static bool WrapsFrom(TextLine previous, TextLine line)
    {
        var ended = previous.Text.TrimEnd();
        if (ended.Length > 0 && KeywordSplitter.HasSeparators(ended[^1..]))
        {
            return !line.Bold || previous.Bold;
        }
        if (KeywordSplitter.Split(previous.Text).Count < 2)
        {
            return false; // a row of chips, or one item with its notes in brackets: each is whole on its row
        }
        if (line.HasGeometry && previous.HasGeometry)
        {
            // "Proficient: HTML, CSS, …, Visual" indented past the group's label above it goes on at the column's left
            // edge ("Studio Code, …"): a line that had no room left for the next line's first word.
            if (line.Segments.Count == 1 && previous.Segments.Count == 1 && line.Left < previous.Left - 3 && LabelColon(previous.Text) > 0
                && line.Page == previous.Page && line.Column == previous.Column && previous.ColumnRight > 0 && Math.Abs(line.FontSize - previous.FontSize) < 0.3
                && line.Top > previous.Top && line.Top - previous.Top <= previous.FontSize * 1.6 && !WouldHaveFit(previous, line))
            {
                return true;
            }
            // A list cell that wraps continues under the cell's own left edge.
            if (line.Segments.Count == 1 && previous.Segments.Count > 1 && Math.Abs(line.Left - previous.Segments[^1].Left) <= 3)
            {
                return true;
            }
            return EntryReader.IsContinuation(previous, line, geometry: true) && line.Left >= previous.Left - 1
                && line.Segments.Count == 1 && previous.Segments.Count(s => !s.FromMargin) == 1;
        }
        return previous.Text.Length >= 60 && line.Indent >= previous.Indent && !line.Bullet && char.IsLetter(line.Text[0])
            && line.Segments.Count == 1 && !previous.Bullet;
    }
}
