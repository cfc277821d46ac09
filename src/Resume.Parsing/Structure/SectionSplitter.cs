using Resume.Model;
using Resume.Parsing.Fields;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Structure;

/// <summary>
/// Finds section headings by what they say (the lexicon) and how they look (size, weight, capitals, heading styles,
/// underlines, standing alone), then cuts the lines into a header block and sections.
/// </summary>
internal static partial class SectionSplitter
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\p{L}][\p{L} &/+.-]{1,30}:\s+\S")]
    private static partial System.Text.RegularExpressions.Regex LabelledGroup();

    public static DocumentSections Split(IReadOnlyList<TextLine> input)
    {
        var cellHeadings = new HashSet<TextLine>(ReferenceEqualityComparer.Instance);
        var contentKinds = new Dictionary<TextLine, string>(ReferenceEqualityComparer.Instance);
        var inputBodySize = BodyFontSize(input);
        var lines = SplitMarginHeadings(HeadingPieces.Rejoin(TrailingHeadings.Split(HeadingIcons.Strip(OutlineNumbers.Strip(DividerLines.Drop(input))), inputBodySize), inputBodySize), cellHeadings, contentKinds);
        var bodySize = BodyFontSize(lines);
        var candidates = new List<(int Index, HeadingMatch Match, string Heading)>();
        var pairedLines = new HashSet<int>();
        var remarked = new HashSet<int>();
        var remarkTails = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Segments.Count > 1 && !line.Segments[0].FromMargin)
            {
                if (PairedHeadings(line) is { } paired)
                {
                    candidates.Add((i, paired.Match, paired.Heading));
                    pairedLines.Add(i);
                }
                continue;
            }
            var heading = HeadingText(line.Text);
            var match = HeadingLexicon.Match(heading);
            if (contentKinds.TryGetValue(line, out var rowKind))
            {
                match = new HeadingMatch(rowKind, true);
            }
            // "EXPERIENCE (8 years in research and consulting)": a remark in brackets after a section's very name keeps it
            // a heading, however long the remark, when it is set apart as one.
            if (match is null && WithoutRemark(heading) is { } named && HeadingLexicon.Match(named) is { Exact: true } closedRemark
                && LooksLikeHeading(line, bodySize))
            {
                match = closedRemark;
                heading = named;
                remarked.Add(i);
            }
            // "PROJETOS (será um bom diferencial, principalmente caso não tenha experiência" / "profissional)": a template's
            // hint in brackets after a section's name runs on to a second line in the heading's type that closes it; the
            // name opens the section, and the hint's second line is no content of it.
            if (match is null && i + 1 < lines.Count && OpenRemark(heading) is { } hinted && HeadingLexicon.Match(hinted) is { Exact: true } hint
                && (line.Bold || IsAllCaps(hinted)) && ClosesRemark(line, lines[i + 1]))
            {
                match = hint;
                heading = hinted;
                remarked.Add(i);
                remarkTails.Add(i + 1);
            }
            // An icon before a heading, or the number of a numbered list, reads as a bullet; a real list item is not
            // set apart as a heading (larger, bold, capitals, or standing after a gap) nor is it a section's very name.
            if (line.Bullet && !(match is { Exact: true } && (line.Bold || IsAllCaps(line.Text) || line.HeadingLevel > 0 || line.GapBefore
                    || line.HasGeometry && line.FontSize >= bodySize + 0.9))
                && !(line.HasGeometry && (line.Bold || IsAllCaps(line.Text)) && line.FontSize >= bodySize + 0.9))
            {
                continue;
            }
            if (match is not null && (match.Value.Exact || LooksLikeHeading(line, bodySize)))
            {
                candidates.Add((i, match.Value, heading));
            }
        }

        var signature = DominantSignature(lines, candidates.Where(c => c.Match.Exact).Select(c => c.Index), bodySize);
        var sidebarSize = BodyFontSize(lines.Where(l => l.InSidebar).ToList());
        var sidebarSignature = DominantSignature(lines, candidates.Where(c => c.Match.Exact && lines[c.Index].InSidebar).Select(c => c.Index), sidebarSize);
        var accepted = new SortedDictionary<int, (string Kind, string Heading, bool Known)>();
        var columnSignatures = ColumnSignatures(lines, candidates.Where(c => c.Match.Exact).Select(c => c.Index), signature, bodySize);
        foreach (var (index, match, heading) in candidates)
        {
            var line = lines[index];
            // A remark in brackets after a heading in capitals is set in small letters: the name is what is in capitals.
            var sameStyle = signature is { } s && (Signature(line, bodySize) == s
                || remarked.Contains(index) && Signature(line, bodySize).Replace("|c0|", "|c1|", StringComparison.Ordinal) == s);
            // A sidebar sets its headings against its own smaller text: they stand out there, not against the page.
            var standsOutInSidebar = line.InSidebar && sidebarSize > 0 && (line.Bold || line.FontSize >= sidebarSize + 0.9)
                && LooksLikeHeading(line, sidebarSize)
                && (sidebarSignature is null || Signature(line, sidebarSize) == sidebarSignature || AsProminent(line, lines, sidebarSignature, sidebarSize));
            // A section's very name in a word processor's heading style is a heading at any level: templates in layout
            // tables give each column's headings a style of its own (Heading 1 flush right in the left column, Heading 2
            // in the right one).
            // A section's very name set bold and clearly larger than the text is a heading of a second level where the
            // main sections' are larger still ("Education" in 14 pt, "Certifications" and "Languages" in 12 pt over 10 pt
            // text): a level is a style that comes back, so another known heading must share it.
            // Headings side by side stand out by being set apart from the text at all: a pair is no sentence.
            var acceptable = pairedLines.Contains(index) ? LooksLikeHeading(line, bodySize)
                : signature is null ? LooksLikeHeading(line, bodySize) || match.Exact
                : sameStyle || AsProminent(line, lines, signature, bodySize) || standsOutInSidebar || !line.HasGeometry && line.HeadingLevel > 0
                    || match.Exact && LookedLikeTheHeadingsByHand(line, signature, bodySize)
                    || match.Exact && accepted.Count == 0 && OpensTheSectionsInTheirType(line, signature, bodySize)
                    || match.Exact && StandsOffAsAnotherSection(lines, index, match.Kind, accepted, signature, bodySize)
                    || match.Exact && columnSignatures.TryGetValue(line.Column, out var own) && Signature(line, bodySize) == own
                    || match.Exact && line.HasGeometry && line.Bold && line.FontSize >= bodySize + 1.5 && line.Segments.Count == 1
                        && candidates.Count(o => o.Index != index && o.Match.Exact && Signature(lines[o.Index], bodySize) == Signature(line, bodySize)) >= 1;
            if (!match.Exact && standsOutInSidebar)
            {
                sameStyle = true;
            }
            // A label cell that names a section in a column of labels set flush right needs no style of its own.
            if (match.Exact ? acceptable || cellHeadings.Contains(line) : sameStyle)
            {
                accepted[index] = (match.Kind, heading, true);
            }
        }
        DropEntryCaptions(lines, accepted, signature, bodySize);
        AcceptSmallerInTheHeadingsFace(lines, candidates, accepted, signature, bodySize);
        AcceptSubsectionsOfAnotherKind(lines, candidates, accepted, bodySize);
        // Where headings come in two levels, a section's name the lexicon half knows ("Executive Experience") set in the
        // style of the known headings of the other level opens its section as well.
        if (signature is { } main && accepted.Count > 0)
        {
            HashSet<string>? levels = null;
            foreach (var (index, match, _) in candidates)
            {
                if (match.Exact && accepted.ContainsKey(index) && lines[index].HasGeometry && Signature(lines[index], bodySize) is var other && other != main
                    && IsDistinctive(other, bodySize) && other.Contains("b1", StringComparison.Ordinal))
                {
                    (levels ??= []).Add(other);
                }
            }
            foreach (var (index, match, heading) in candidates)
            {
                if (levels is not null && !match.Exact && !accepted.ContainsKey(index) && lines[index].HasGeometry && lines[index].Segments.Count == 1
                    && levels.Contains(Signature(lines[index], bodySize)))
                {
                    accepted[index] = (match.Kind, heading, true);
                }
            }
        }
        // Headings the lexicon does not know, in the very style the known ones use, still open sections.
        if (signature is { } dominant && accepted.Count > 0 && IsDistinctive(dominant, bodySize))
        {
            var first = accepted.Keys.First();
            AcceptEarlierHeadingsOfEntries(lines, accepted, dominant, bodySize);
            // A word processor's template gives each column its own heading style (Heading 1 on the left, Heading 2 on
            // the right): a style that sets two known headings is a headings' style as much as the commonest one.
            var headingStyles = accepted.Where(a => a.Value.Known && !lines[a.Key].HasGeometry && lines[a.Key].HeadingLevel > 0)
                .GroupBy(a => Signature(lines[a.Key], bodySize)).Where(g => g.Count() >= 2).Select(g => g.Key)
                .Append(dominant).ToHashSet(StringComparer.Ordinal);
            // Headings also share where they start: an item title indented under them is not one, whatever its type.
            var headingLefts = accepted.Keys.Select(k => lines[k]).Where(l => l.HasGeometry).Select(l => l.Left).ToList();
            // A section is never empty: a line in the headings' style right under a known heading of a section made of
            // entries is its first entry title (a resume that sets "Science Teacher" like "Experience"), and so are the
            // later ones in that style until the next known heading. Under an unknown heading it may be the heading's own
            // second line ("Web Application Firewall / and API Protection"), which stays as it was.
            var entriesSetAsHeadings = false;
            for (var i = first + 1; i < lines.Count; i++)
            {
                var line = lines[i];
                if (accepted.ContainsKey(i))
                {
                    entriesSetAsHeadings = false;
                    continue;
                }
                if (line.HasGeometry && headingLefts.Count > 0 && !headingLefts.Any(x => Math.Abs(x - line.Left) <= 3))
                {
                    continue;
                }
                if (!accepted.ContainsKey(i) && !line.Bullet && line.Segments.Count == 1 && headingStyles.Contains(Signature(line, bodySize))
                    && IsPlausibleOtherHeading(line.Text) && i + 1 < lines.Count && !accepted.ContainsKey(i + 1))
                {
                    var name = HeadingText(line.Text);
                    var kind = HeadingLexicon.KindOfTypesetHeading(name);
                    // Only sections made of entries have entry titles; a line whose words name a kind of section still
                    // opens one, and skill areas set as headings under "Skills" stay their own groups.
                    if (kind is null && (entriesSetAsHeadings || accepted.TryGetValue(i - 1, out var above) && above.Known
                        && above.Kind is SectionKinds.Work or SectionKinds.Education or SectionKinds.Projects or SectionKinds.Volunteer))
                    {
                        entriesSetAsHeadings = true;
                        continue;
                    }
                    entriesSetAsHeadings = false;
                    // Only now, with the line a heading for sure, may its words alone say its kind: the words of an entry
                    // title ("Research Assistant") must not make it a section.
                    // Under a skills heading with no text of its own, the headings that follow are its groups' names
                    // ("Computer Sprachen", "Erfahrung mit neuronalen Netzen"), whatever their words.
                    if (kind is null && !UnderEmptySkillsHeading(accepted, i))
                    {
                        kind = HeadingLexicon.KindOfHeadingWords(name);
                    }
                    accepted[i] = (kind ?? SectionKinds.Other, name, kind is not null);
                }
            }
        }

        var header = new List<TextLine>();
        var sections = new List<Section>();
        Section? current = null;
        var flows = new ColumnFlows(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (accepted.TryGetValue(i, out var h))
            {
                current = new Section(h.Kind, h.Heading, [], h.Known);
                sections.Add(current);
                flows.Read(i, current);
                continue;
            }
            if (remarkTails.Contains(i) && accepted.ContainsKey(i - 1))
            {
                continue;
            }
            current = flows.Resumes(i) ?? current;
            if (HeadinglessColumn(lines, i, flows.ColumnRunAfterOther(i, lines), accepted) is { } column)
            {
                (current?.Lines ?? header).AddRange(column.Header);
                sections.AddRange(column.Sections);
                current = column.Sections[^1];
                i += column.Header.Count + column.Sections.Sum(s => s.Lines.Count) - 1;
                flows.Read(i, current);
                continue;
            }
            (current?.Lines ?? header).Add(lines[i]);
            flows.Read(i, current);
        }
        if (sections.Count == 0 && HeadinglessRows.Split(header) is { } rows)
        {
            return rows;
        }
        return new DocumentSections(header, sections);
    }

    /// <summary>
    /// A line above the first known heading, set in the known headings' own style and where they start, whose lines up
    /// to the next heading are dated entries each opening with its dates ("BERUFLICHE PRAXIS" over "01/2023 – 07/2023
    /// Sales Representative"), is a heading the lexicon does not know: the entries under it say its kind. A name or
    /// title line set like the headings is followed by contact lines, not by dated entries, and stays in the header.
    /// A name the lexicon reads only off a line already set as a heading (a misspelt one) needs no entries to say so.
    /// </summary>
    private static void AcceptEarlierHeadingsOfEntries(List<TextLine> lines, SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted,
        string dominant, double bodySize)
    {
        var first = accepted.Keys.First();
        var lefts = accepted.Keys.Select(k => lines[k]).Where(l => l.HasGeometry).Select(l => l.Left).ToList();
        for (var i = first - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Bullet || line.Segments.Count != 1 || Signature(line, bodySize) != dominant || !IsPlausibleOtherHeading(line.Text)
                || line.HasGeometry && !lefts.Any(x => Math.Abs(x - line.Left) <= 3))
            {
                continue;
            }
            // A name the typeset lexicon reads ("Employement", one letter slipped) is a heading wherever it stands.
            if (HeadingLexicon.KindOfTypesetHeading(HeadingText(line.Text)) is { } named)
            {
                accepted[i] = (named, HeadingText(line.Text), true);
                continue;
            }
            if (!HeadinglessRows.OpensWithRange(lines[i + 1].Text))
            {
                continue;
            }
            var next = accepted.Keys.First(k => k > i);
            if (HeadinglessRows.KindOfEntries([.. lines.Skip(i + 1).Take(next - i - 1)]) is { } kind)
            {
                accepted[i] = (kind, HeadingText(line.Text), true);
            }
        }
    }

    /// <summary>Whether the headings above a line, back to the last one that is no group's name, go up to a skills heading
    /// with no line of its own: the line is then one more group of that list.</summary>
    internal static bool UnderEmptySkillsHeading(SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted, int index)
    {
        foreach (var (at, heading) in accepted.Where(a => a.Key < index).Reverse())
        {
            if (heading.Kind == SectionKinds.Skills && heading.Known)
            {
                return accepted.ContainsKey(at + 1) || at + 1 == index;
            }
            if (!IsGroupKind(heading.Kind, heading.Known))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Kinds a sub-heading under a skills heading may name: more skills, spoken languages, interests, or a name
    /// the lexicon does not know.</summary>
    internal static bool IsGroupKind(string kind, bool known) =>
        !known || kind is SectionKinds.Skills or SectionKinds.Languages or SectionKinds.Interests;

    /// <summary>
    /// A main column with no heading of its own beside a sidebar that has them (a designed template that marks its
    /// sections with icons only): read on, its rows would fall into the section the sidebar ended with ("Skills"). When
    /// the column is rows that open with their dates, each row says whether it is a job or schooling, as in a table
    /// with no headings.
    /// </summary>
    private static DocumentSections? HeadinglessColumn(IReadOnlyList<TextLine> lines, int start, int end,
        SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted)
    {
        if (end < start || accepted.Keys.Any(k => k >= start && k <= end))
        {
            return null;
        }
        var split = HeadinglessRows.Split([.. lines.Skip(start).Take(end - start + 1)]);
        return split is { Sections.Count: > 0 } ? split : null;
    }

    /// <summary>
    /// Two headings of one kind set side by side over two lists ("Hard Skills" beside "Soft Skills"): one heading for
    /// both, each list read under it. One of them must be a section's very name, the others must name the same kind.
    /// </summary>
    private static (HeadingMatch Match, string Heading)? PairedHeadings(TextLine line)
    {
        if (line.Bullet || line.Segments.Count is < 2 or > 3)
        {
            return null;
        }
        var matches = line.Segments.Select(s => HeadingLexicon.Match(HeadingText(s.Text))).ToList();
        if (matches.Any(m => m is null) || matches.Select(m => m!.Value.Kind).Distinct().Count() != 1 || !matches.Any(m => m!.Value.Exact))
        {
            return null;
        }
        return (new HeadingMatch(matches[0]!.Value.Kind, true), string.Join(" / ", line.Segments.Select(s => HeadingText(s.Text))));
    }

    /// <summary>The words before a closing remark in brackets ("Experience (selected)" gives "Experience"), or null.</summary>
    private static string? WithoutRemark(string heading)
    {
        if (heading.Length < 4 || heading[^1] is not (')' or ']'))
        {
            return null;
        }
        var open = heading.LastIndexOfAny(['(', '[']);
        return open > 0 && heading[open - 1] == ' ' ? heading[..open].TrimEnd(' ', ':', '–', '—', '-') : null;
    }

    /// <summary>The words before a bracket a line opens and leaves open ("PROJETOS (será um bom diferencial"), or null.</summary>
    private static string? OpenRemark(string heading)
    {
        var open = heading.IndexOf('(');
        return open > 2 && heading[open - 1] == ' ' && heading.IndexOf(')', open) < 0 ? heading[..open].TrimEnd(' ', ':', '–', '—', '-') : null;
    }

    /// <summary>The next line ends the bracket the heading line left open, in the heading's own type.</summary>
    private static bool ClosesRemark(TextLine line, TextLine next) =>
        next.Segments.Count == 1 && !next.Bullet && next.Text.TrimEnd().EndsWith(')') && !next.Text.Contains('(') && next.Bold == line.Bold
        && (!line.HasGeometry || next.HasGeometry && Math.Abs(next.FontSize - line.FontSize) < 0.5 && next.Page == line.Page);

    public static string HeadingText(string text)
    {
        var collapsed = OutlineNumbers.Without(LetterSpacing.Collapse(text.Trim()));
        return collapsed.TrimEnd(':', ' ', '.', '—', '–', '-').Trim();
    }

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
            if (labelCell || rowLabel is not null || headingColumn && line.Segments.Count > 1 && (!line.Bullet || line.Segments[0].FromMargin)
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

    private static double BodyFontSize(IReadOnlyList<TextLine> lines)
    {
        var weights = new Dictionary<double, int>();
        foreach (var line in lines)
        {
            if (line.HasGeometry)
            {
                var key = Math.Round(line.FontSize * 2) / 2;
                weights[key] = weights.GetValueOrDefault(key) + line.Text.Length;
            }
        }
        return weights.Count == 0 ? 0 : weights.MaxBy(kv => kv.Value).Key;
    }

    /// <summary>How a heading looks, coarse enough that all headings of one resume share it.</summary>
    private static readonly HashSet<string> EntryCaptions = new(StringComparer.Ordinal)
    {
        "achievements", "keyachievements", "mainachievements", "accomplishments", "keyaccomplishments", "responsibilities",
        "keyresponsibilities",
    };

    /// <summary>
    /// A section's very name set in the headings' bold capitals but a size or two smaller ("COURSES" in 12 pt after
    /// "INTERNSHIPS" in 14 pt, over text of 12 pt) opens its section when it starts where its column's headings start and
    /// stands off the line above by more than a line's height: the face sets it apart as the body is not set so. Names of
    /// lists (skills, languages, interests) set so may be a group's label under a skills heading, and are left alone.
    /// </summary>
    private static void AcceptSmallerInTheHeadingsFace(List<TextLine> lines, List<(int Index, HeadingMatch Match, string Heading)> candidates,
        SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted, string? signature, double bodySize)
    {
        // The headings' face, read off a known heading that sets it (every line of one signature has its size, weight and case).
        var face = signature is null ? null
            : candidates.Select(c => lines[c.Index]).FirstOrDefault(l => l.HasGeometry && Signature(l, bodySize) == signature);
        if (face is null || !face.Bold || !IsAllCaps(face.Text))
        {
            return;
        }
        var size = Math.Round(face.FontSize * 2) / 2;
        foreach (var (index, match, heading) in candidates)
        {
            var line = lines[index];
            if (!match.Exact || accepted.ContainsKey(index) || IsGroupKind(match.Kind, true) || !line.HasGeometry || line.Segments.Count != 1
                || line.Bullet || !line.Bold || !IsAllCaps(line.Text) || line.FontSize < size - 3 || line.FontSize > size
                || index + 1 >= lines.Count || accepted.ContainsKey(index + 1))
            {
                continue;
            }
            var aligned = accepted.Keys.Any(k => lines[k].HasGeometry && lines[k].Column == line.Column && Math.Abs(lines[k].Left - line.Left) <= 3
                && Math.Abs(lines[k].FontSize - size) < 0.5 && lines[k].Bold);
            var above = index - 1;
            while (above >= 0 && (lines[above].Column != line.Column || lines[above].Page != line.Page))
            {
                above--;
            }
            if (aligned && above >= 0 && line.Top - lines[above].Bottom >= line.FontSize)
            {
                accepted[index] = (match.Kind, heading, true);
            }
        }
    }

    /// <summary>
    /// A LaTeX CV class sets its subsections in a type between its sections' headings and the text ("Experience" in 14 pt,
    /// "Internship" and "Projects" in 12 pt, the text in 10 pt), each alone on its line where the section's heading stands:
    /// a level that comes back through the document. A subsection that names the projects ("Projects" under "Experience")
    /// opens that section; its entries are not jobs.
    /// </summary>
    private static void AcceptSubsectionsOfAnotherKind(List<TextLine> lines, List<(int Index, HeadingMatch Match, string Heading)> candidates,
        SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted, double bodySize)
    {
        bool Alone(TextLine l) => l.HasGeometry && l.Segments.Count == 1 && !l.Bullet && DateParser.Find(l.Text) is null;
        foreach (var (index, match, heading) in candidates)
        {
            var line = lines[index];
            // Only projects: "Research" and "Teaching" set so under "Experience" are kinds of jobs, whatever else the words name.
            if (match.Kind != SectionKinds.Projects || accepted.ContainsKey(index) || !Alone(line) || line.FontSize < bodySize + 0.9
                || index + 1 >= lines.Count || accepted.ContainsKey(index + 1))
            {
                continue;
            }
            var opened = accepted.Keys.LastOrDefault(k => k < index, -1);
            if (opened < 0 || accepted[opened].Kind == match.Kind || IsGroupKind(accepted[opened].Kind, true))
            {
                continue;
            }
            var section = lines[opened];
            bool AtTheHeadingsEdge(TextLine l) => l.Column == section.Column && Math.Abs(l.Left - section.Left) <= 3;
            bool OfTheLevel(TextLine l) => Alone(l) && AtTheHeadingsEdge(l) && Math.Abs(l.FontSize - line.FontSize) < 0.3;
            if (!section.HasGeometry || line.FontSize > section.FontSize - 1 || !AtTheHeadingsEdge(line))
            {
                continue;
            }
            // The level comes back elsewhere (another subsection of this section or of another), and nothing else is set in it.
            var level = lines.Where((l, k) => k != index && !accepted.ContainsKey(k) && OfTheLevel(l)).Count();
            if (level >= 1)
            {
                accepted[index] = (match.Kind, heading, true);
            }
        }
    }

    /// <summary>"Achievements" in bold over a job's results, inside the experience section, set unlike the section
    /// headings (bold, where they are bold capitals): a caption of the job's list, not the awards section.</summary>
    private static void DropEntryCaptions(List<TextLine> lines, SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted,
        string? signature, double bodySize)
    {
        if (signature is null)
        {
            return;
        }
        string? previous = null;
        var previousIndex = -1;
        foreach (var index in accepted.Keys.ToList())
        {
            var kind = accepted[index].Kind;
            // Only set unlike the heading that opened the jobs, and in their column: an "Achievements" heading set like
            // "Relevant Experience", or in a sidebar, is a section of its own.
            if (previous is SectionKinds.Work or SectionKinds.Volunteer && EntryCaptions.Contains(HeadingLexicon.Key(accepted[index].Heading))
                && Signature(lines[index], bodySize) != signature && Signature(lines[index], bodySize) != Signature(lines[previousIndex], bodySize)
                && lines[index].InSidebar == lines[previousIndex].InSidebar && lines[index].Column == lines[previousIndex].Column)
            {
                accepted.Remove(index);
                continue;
            }
            previous = kind;
            previousIndex = index;
        }
    }

    /// <summary>
    /// Columns that set their headings their own way: a sidebar's large bold names beside a main column's bold capitals at
    /// the text's size. Where no known heading of a column has the page's commonest look, the look two known headings of
    /// that column share (bold or capitals, set apart from its text) is that column's.
    /// </summary>
    private static Dictionary<int, string> ColumnSignatures(List<TextLine> lines, IEnumerable<int> exact, string? dominant, double bodySize)
    {
        var found = new Dictionary<int, string>();
        if (dominant is null)
        {
            return found;
        }
        foreach (var column in exact.Where(i => lines[i].HasGeometry && lines[i].Column > 0).GroupBy(i => lines[i].Column))
        {
            if (column.Any(i => Signature(lines[i], bodySize) == dominant)
                || DominantSignature(lines, column, bodySize) is not { } own
                || !own.Contains("b1", StringComparison.Ordinal) && !own.Contains("c1", StringComparison.Ordinal))
            {
                continue;
            }
            found[column.Key] = own;
        }
        return found;
    }

    private static string Signature(TextLine line, double bodySize)
    {
        if (!line.HasGeometry)
        {
            return $"h{line.HeadingLevel}|u{(line.Underlined ? 1 : 0)}|b{(line.Bold ? 1 : 0)}|c{(IsAllCaps(line.Text) ? 1 : 0)}|l{(line.Larger ? 1 : 0)}";
        }
        return $"s{Math.Round(line.FontSize * 2) / 2}|b{(line.Bold ? 1 : 0)}|c{(IsAllCaps(line.Text) ? 1 : 0)}|m{(line.Segments[0].FromMargin ? 1 : 0)}";
    }

    private static string? DominantSignature(List<TextLine> lines, IEnumerable<int> indexes, double bodySize)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in indexes)
        {
            var s = Signature(lines[i], bodySize);
            counts[s] = counts.GetValueOrDefault(s) + 1;
        }
        if (counts.Count == 0)
        {
            return null;
        }
        var best = counts.MaxBy(kv => kv.Value);
        // Headings stand out from the text: where two known headings share a style that does and more section words sit
        // in the body's own type (sub-lists inside a job titled "Projects", "Technologies"), the standing-out style is
        // the headings'.
        if (!IsDistinctive(best.Key, bodySize) && counts.Where(kv => kv.Value >= 2 && IsDistinctive(kv.Key, bodySize))
                .OrderByDescending(kv => kv.Value).FirstOrDefault() is { Key: not null } distinct)
        {
            best = distinct;
        }
        // One heading is enough to learn the style when the style itself says "heading" (a heading style, an underline,
        // type larger than the body's).
        var strong = best.Key.StartsWith("h", StringComparison.Ordinal) && (!best.Key.StartsWith("h0", StringComparison.Ordinal)
            || best.Key.Contains("u1", StringComparison.Ordinal) || best.Key.EndsWith("l1", StringComparison.Ordinal));
        return best.Value >= 2 || strong ? best.Key : null;
    }

    /// <summary>A style body text does not share: larger, bold, capitals, a heading style or an underline.</summary>
    private static bool IsDistinctive(string signature, double bodySize) =>
        signature.StartsWith('s') && double.Parse(signature[1..signature.IndexOf('|')], System.Globalization.CultureInfo.InvariantCulture) >= bodySize + 0.9
        || signature.Contains("b1", StringComparison.Ordinal) || signature.Contains("c1", StringComparison.Ordinal)
        || signature.Contains("u1", StringComparison.Ordinal) || signature.StartsWith('h') && !signature.StartsWith("h0", StringComparison.Ordinal)
        || signature.StartsWith('h') && signature.EndsWith("l1", StringComparison.Ordinal)
        || signature.StartsWith('s') && signature.Contains("m1", StringComparison.Ordinal);

    /// <summary>A heading set differently from the usual ones is still one when it stands out at least as much; a smaller
    /// bold label ("Languages" over a list of skills) is not.</summary>
    private static bool AsProminent(TextLine line, List<TextLine> lines, string signature, double bodySize)
    {
        var parts = signature.Split('|');
        if (!line.HasGeometry)
        {
            var level = int.Parse(parts[0][1..], System.Globalization.CultureInfo.InvariantCulture);
            return line.HeadingLevel > 0 && (level == 0 || line.HeadingLevel <= level) || level == 0 && LooksLikeHeading(line, bodySize);
        }
        var size = double.Parse(parts[0][1..], System.Globalization.CultureInfo.InvariantCulture);
        var bold = parts[1] == "b1";
        var caps = parts[2] == "c1";
        // Type clearly larger than the dominant headings' (a main column's headings beside a sidebar's small bold
        // capitals) is as prominent without their weight or capitals.
        // A section's name of two words or more at the headings' size and weight is one whatever its case ("Academic
        // Details" among capital headings) when that size or weight sets headings apart from body text: a group label
        // under a heading is a single word ("Languages"), and a plain sentence naming a section is body text.
        return line.FontSize >= size + 2 || line.FontSize >= size - 0.5 && (line.Bold || !bold)
            && (IsAllCaps(line.Text) || !caps || Math.Abs(line.FontSize - size) <= 0.5 && (bold || size >= bodySize + 0.9)
                && Words.Count(HeadingText(line.Text)) >= 2);
    }

    /// <summary>
    /// A section's very name in a word processor file, set in the headings' own look (bold capitals, say) but not in
    /// their heading style: the writer formatted it by hand, or it took the list style of the bullets above it when
    /// Enter was pressed after the last item ("EDUCATION" as a list paragraph under "SKILLS").
    /// </summary>
    /// <summary>
    /// A section's very name of one word before any heading, at the size and weight of the headings that follow but not
    /// in their capitals ("Bildung" over "ARBEITSERFAHRUNG"): a single word in the headings' type is taken for a group
    /// label under a heading elsewhere, but above the first heading there is no section for it to label.
    /// </summary>
    private static bool OpensTheSectionsInTheirType(TextLine line, string signature, double bodySize)
    {
        if (!line.HasGeometry || !signature.StartsWith('s') || line.Segments.Count != 1)
        {
            return false;
        }
        var parts = signature.Split('|');
        var size = double.Parse(parts[0][1..], System.Globalization.CultureInfo.InvariantCulture);
        var bold = parts[1] == "b1";
        return Math.Abs(line.FontSize - size) <= 0.5 && line.Bold == bold && size >= bodySize + 0.9;
    }

    /// <summary>
    /// A section's very name at the headings' size and weight but not in their capitals ("Skills" after "EDUCATION" and
    /// its bold course names) is taken for a group label, but a group label names a part of the section it stands in.
    /// Naming another section, starting where that section's heading starts and set off from the line above by a blank
    /// line's depth, it opens its own.
    /// </summary>
    private static bool StandsOffAsAnotherSection(List<TextLine> lines, int index, string kind,
        SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted, string signature, double bodySize)
    {
        var line = lines[index];
        // "Coursework:" with its colon labels what follows inside the section.
        if (!line.HasGeometry || !signature.StartsWith('s') || line.Segments.Count != 1 || index == 0 || line.Text.TrimEnd().EndsWith(':'))
        {
            return false;
        }
        var parts = signature.Split('|');
        var size = double.Parse(parts[0][1..], System.Globalization.CultureInfo.InvariantCulture);
        var bold = parts[1] == "b1";
        if (Math.Abs(line.FontSize - size) > 0.5 || line.Bold != bold || !(bold || size >= bodySize + 0.9))
        {
            return false;
        }
        var above = accepted.LastOrDefault(a => a.Key < index);
        if (above.Value.Heading is null || above.Value.Kind == kind || IsGroupKind(above.Value.Kind, above.Value.Known) && IsGroupKind(kind, true))
        {
            return false;
        }
        var heading = lines[above.Key];
        var previous = lines[index - 1];
        return heading.HasGeometry && heading.Page == line.Page && heading.Column == line.Column && Math.Abs(heading.Left - line.Left) <= 3
            && previous.HasGeometry && previous.Page == line.Page && line.Top - previous.Bottom >= 0.9 * line.FontSize;
    }

    private static bool LookedLikeTheHeadingsByHand(TextLine line, string signature, double bodySize)
    {
        if (line.HasGeometry || !signature.StartsWith('h') || signature.StartsWith("h0", StringComparison.Ordinal))
        {
            return false;
        }
        var look = signature[signature.IndexOf('|')..];
        var own = Signature(line, bodySize);
        return own.StartsWith("h0", StringComparison.Ordinal) && own[own.IndexOf('|')..] == look
            && (look.Contains("b1", StringComparison.Ordinal) || look.Contains("c1", StringComparison.Ordinal)
                || look.Contains("u1", StringComparison.Ordinal) || look.EndsWith("l1", StringComparison.Ordinal));
    }

    /// <summary>Layout cues alone: bigger than body text, bold, capitals, a heading style or an underline.</summary>
    private static bool LooksLikeHeading(TextLine line, double bodySize)
    {
        if (line.HeadingLevel > 0 || line.Underlined || line.IsTitle || line.Larger)
        {
            return true;
        }
        var caps = IsAllCaps(line.Text);
        if (line.HasGeometry)
        {
            return line.FontSize >= bodySize + 0.9 || line.Bold || caps || line.Segments[0].FromMargin;
        }
        // A label cell that names a section ("Certificates" beside its list, split off its row) is set apart by its cell.
        return caps || line.Bold || line.Text.EndsWith(':') || line.Segments[0].FromMargin;
    }

    private static bool IsPlausibleOtherHeading(string text)
    {
        if (text.Length is < 3 or > 40 || text.Any(char.IsDigit) || text.Contains('@') || text.Contains(',') || text.Contains('|'))
        {
            return false;
        }
        if (Fields.Places.IsRegionOrCountry(text.Trim()))
        {
            return false; // a country or region on a line of its own ends an address or a row's place cell
        }
        return text.Count(c => c == ' ') <= 4;
    }

    /// <summary>Every letter a capital. A letter of a script without case (an ideograph, Arabic, Hebrew) is no capital:
    /// a line of Chinese is not set in capitals however few lower-case letters it has.</summary>
    public static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
