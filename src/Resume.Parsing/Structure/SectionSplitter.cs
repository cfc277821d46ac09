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
            var sameStyle = signature is { } s && (HeadingLook.Of(line) == s
                || remarked.Contains(index) && HeadingLook.Of(line) with { Caps = true } == s);
            // A sidebar sets its headings against its own smaller text: they stand out there, not against the page.
            var standsOutInSidebar = line.InSidebar && sidebarSize > 0 && (line.Bold || line.FontSize >= sidebarSize + 0.9)
                && LooksLikeHeading(line, sidebarSize)
                && (sidebarSignature is not { } sidebarLook || HeadingLook.Of(line) == sidebarLook || AsProminent(line, lines, sidebarLook, sidebarSize));
            // A section's very name in a word processor's heading style is a heading at any level: templates in layout
            // tables give each column's headings a style of its own (Heading 1 flush right in the left column, Heading 2
            // in the right one).
            // A section's very name set bold and clearly larger than the text is a heading of a second level where the
            // main sections' are larger still ("Education" in 14 pt, "Certifications" and "Languages" in 12 pt over 10 pt
            // text): a level is a style that comes back, so another heading must share it, known or one the lexicon half
            // knows ("Education" over "Engineering Skills/Tools", both in the sidebar's bold).
            // Headings side by side stand out by being set apart from the text at all: a pair is no sentence.
            var acceptable = pairedLines.Contains(index) ? LooksLikeHeading(line, bodySize)
                : signature is not { } look ? LooksLikeHeading(line, bodySize) || match.Exact
                : sameStyle || AsProminent(line, lines, look, bodySize) || standsOutInSidebar || !line.HasGeometry && line.HeadingLevel > 0
                    || match.Exact && LookedLikeTheHeadingsByHand(line, look)
                    || match.Exact && accepted.Count == 0 && OpensTheSectionsInTheirType(line, look, bodySize)
                    || match.Exact && StandsOffAsAnotherSection(lines, index, match.Kind, accepted, look, bodySize)
                    || match.Exact && columnSignatures.TryGetValue(line.Column, out var own) && HeadingLook.Of(line) == own
                    || match.Exact && line.HasGeometry && line.Bold && line.FontSize >= bodySize + 1.5 && line.Segments.Count == 1
                        && candidates.Count(o => o.Index != index && HeadingLook.Of(lines[o.Index]) == HeadingLook.Of(line)) >= 1;
            if (!match.Exact && standsOutInSidebar)
            {
                sameStyle = true;
            }
            // A label cell that names a section in a column of labels set flush right needs no style of its own.
            if (match.Exact ? acceptable || cellHeadings.Contains(line) : sameStyle && !SetAsTheFirstEntry(lines, accepted, index, bodySize))
            {
                accepted[index] = (match.Kind, heading, true);
            }
        }
        DropEntryCaptions(lines, accepted, signature, bodySize);
        AcceptSmallerInTheHeadingsFace(lines, candidates, accepted, signature, bodySize);
        AcceptSubsectionsOfAnotherKind(lines, candidates, accepted, bodySize);
        AcceptUnstyledListHeadings(lines, candidates, accepted);
        // Where headings come in two levels, a section's name the lexicon half knows ("Executive Experience") set in the
        // style of the known headings of the other level opens its section as well. A level stands out by its weight,
        // or by type clearly larger than the text (a main column's light capitals beside a sidebar's bold ones).
        HashSet<HeadingLook>? levels = null;
        if (signature is { } main && accepted.Count > 0)
        {
            foreach (var (index, match, _) in candidates)
            {
                if (match.Exact && accepted.ContainsKey(index) && lines[index].HasGeometry && HeadingLook.Of(lines[index]) is var other && other != main
                    && other.IsDistinctive(bodySize) && (other.Bold || other.ClearlyLarger(bodySize)))
                {
                    (levels ??= []).Add(other);
                }
            }
            foreach (var (index, match, heading) in candidates)
            {
                if (levels is not null && !match.Exact && !accepted.ContainsKey(index) && lines[index].HasGeometry && lines[index].Segments.Count == 1
                    && levels.Contains(HeadingLook.Of(lines[index])) && !SetAsTheFirstEntry(lines, accepted, index, bodySize))
                {
                    accepted[index] = (match.Kind, heading, true);
                }
            }
        }
        // Headings the lexicon does not know, in the very style the known ones use, still open sections.
        if (signature is { } dominant && accepted.Count > 0 && dominant.IsDistinctive(bodySize))
        {
            var first = accepted.Keys.First();
            AcceptEarlierHeadingsOfEntries(lines, accepted, dominant, bodySize);
            // A word processor's template gives each column its own heading style (Heading 1 on the left, Heading 2 on
            // the right): a style that sets two known headings is a headings' style as much as the commonest one.
            // So is the other level's style where headings come in two and that level sets them in capitals ("Quem sou
            // eu?" in the main column's large capitals beside the sidebar's bold ones); a level in mixed case is also
            // the type of entry titles ("Software Engineer II" as large and bold as "Languages").
            var headingStyles = accepted.Where(a => a.Value.Known && !lines[a.Key].HasGeometry && lines[a.Key].HeadingLevel > 0)
                .GroupBy(a => HeadingLook.Of(lines[a.Key])).Where(g => g.Count() >= 2).Select(g => g.Key)
                .Append(dominant).Concat((levels ?? []).Where(l => l.Caps)).ToHashSet();
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
                if (!accepted.ContainsKey(i) && !line.Bullet && line.Segments.Count == 1 && headingStyles.Contains(HeadingLook.Of(line))
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
            if (header.Count == 0 && NameAtopColumn(lines, i, flows.ColumnRunAfterOther(i, lines), accepted) is var top and >= 0)
            {
                header.AddRange(lines.Skip(i).Take(top - i + 1));
                i = top;
                flows.Read(i, null);
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
    /// <summary>"Expérience professionnelle" over "Analyste logistique (alternance)" / "sept. 2024 – en cours — Dassault
    /// Aviation", and further down "Chef de projet logistique (alternance)" / "sept. 2023 – sept. 2024 — Dimotrans": a
    /// line that only half names a section ("projet") set in the very face of the first line under the open section of
    /// entries, with dates on it or right under it as that first line has, and reading as a title, is the title of the
    /// next entry, not a heading.</summary>
    private static bool SetAsTheFirstEntry(List<TextLine> lines, SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted, int index, double bodySize)
    {
        var opened = -1;
        foreach (var k in accepted.Keys)
        {
            if (k >= index)
            {
                break;
            }
            opened = k;
        }
        if (opened < 0 || opened + 1 >= index || accepted[opened].Kind is not (SectionKinds.Work or SectionKinds.Education or SectionKinds.Projects or SectionKinds.Volunteer))
        {
            return false;
        }
        var (first, line) = (lines[opened + 1], lines[index]);
        // Only a line that reads as a job's title ("Chef de projet"): a subsection's own name ("Projects") opens its section.
        return RoleWords.TitleScore(HeadingText(line.Text)) > 0.5 && first.HasGeometry && !first.Bullet && first.Column == line.Column && HeadingLook.Of(first) == HeadingLook.Of(line)
            && Dated(lines, opened + 1) && Dated(lines, index);
    }

    private static bool Dated(List<TextLine> lines, int index) =>
        DateParser.Find(lines[index].Text) is not null || index + 1 < lines.Count && DateParser.Find(lines[index + 1].Text) is not null;

    private static void AcceptEarlierHeadingsOfEntries(List<TextLine> lines, SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted,
        HeadingLook dominant, double bodySize)
    {
        var first = accepted.Keys.First();
        var lefts = accepted.Keys.Select(k => lines[k]).Where(l => l.HasGeometry).Select(l => l.Left).ToList();
        for (var i = first - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Bullet || line.Segments.Count != 1 || HeadingLook.Of(line) != dominant || !IsPlausibleOtherHeading(line.Text)
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
}
