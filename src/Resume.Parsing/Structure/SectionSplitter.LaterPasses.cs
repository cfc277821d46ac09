using Resume.Model;
using Resume.Parsing.Fields;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Structure;

/// <summary>
/// Passes after the headings' look is known: smaller headings in their face, subsections naming another section,
/// and captions inside entries that are no section.
/// </summary>
internal static partial class SectionSplitter
{
    /// <summary>Captions a job's list is put under ("Key Achievements"): set like a heading, they are part of the entry.</summary>
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
    /// Where the headings are centred in their column (a CV builder's "ZNALOSTI" and "JAZYKY" over a sidebar), one that
    /// shares their centre is set as they are, whatever its width: a group's label starts where the text starts.
    /// </summary>
    private static void AcceptSmallerInTheHeadingsFace(List<TextLine> lines, List<(int Index, HeadingMatch Match, string Heading)> candidates,
        SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted, HeadingLook? signature, double bodySize)
    {
        // The headings' face, read off a known heading that sets it (every line of one signature has its size, weight and case).
        var face = signature is null ? null
            : candidates.Select(c => lines[c.Index]).FirstOrDefault(l => l.HasGeometry && HeadingLook.Of(l) == signature);
        if (face is null || !face.Bold || !IsAllCaps(face.Text))
        {
            return;
        }
        var size = Math.Round(face.FontSize * 2) / 2;
        foreach (var (index, match, heading) in candidates)
        {
            var line = lines[index];
            if (!match.Exact || accepted.ContainsKey(index) || !line.HasGeometry || line.Segments.Count != 1
                || line.Bullet || !line.Bold || !IsAllCaps(line.Text) || line.FontSize < size - 3 || line.FontSize > size
                || index + 1 >= lines.Count || accepted.ContainsKey(index + 1))
            {
                continue;
            }
            var headingsOfColumn = accepted.Keys.Where(k => lines[k].HasGeometry && lines[k].Column == line.Column
                && Math.Abs(lines[k].FontSize - size) < 0.5 && lines[k].Bold).Select(k => lines[k]).ToList();
            var centred = headingsOfColumn.Any(h => SharesCentre(h, line));
            var aligned = centred || !IsGroupKind(match.Kind, true) && headingsOfColumn.Any(h => Math.Abs(h.Left - line.Left) <= 3);
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

    /// <summary>Two lines of different widths centred on one axis: each stands off both edges by the same amount.</summary>
    private static bool SharesCentre(TextLine heading, TextLine line) =>
        Math.Abs(heading.Left + heading.Right - line.Left - line.Right) <= 4 && Math.Abs(heading.Right - heading.Left - (line.Right - line.Left)) >= 8;

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
            if (level >= 1 && !SetAsTheFirstEntry(lines, accepted, index, bodySize))
            {
                accepted[index] = (match.Kind, heading, true);
            }
        }
    }

    /// <summary>"Skills" typed in the text's own type over a list, right after the last job's list: a word processor's
    /// user who set the other headings in a style forgot this one. A section's very name of a kind no entry captions its
    /// list with (skills, languages, certificates, interests), between the list items of another section and a new list,
    /// where the document opens no section of that kind, opens it all the same.</summary>
    private static void AcceptUnstyledListHeadings(List<TextLine> lines, List<(int Index, HeadingMatch Match, string Heading)> candidates,
        SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted)
    {
        foreach (var (index, match, heading) in candidates)
        {
            var line = lines[index];
            if (!match.Exact || accepted.ContainsKey(index) || line.Bullet || line.Segments.Count != 1 || index == 0 || index + 1 >= lines.Count
                || match.Kind is not (SectionKinds.Skills or SectionKinds.Languages or SectionKinds.Certificates or SectionKinds.Interests)
                || !lines[index + 1].Bullet || !lines[index - 1].Bullet && !(index >= 2 && lines[index - 2].Bullet && !lines[index - 1].GapBefore)
                || accepted.Values.Any(a => a.Kind == match.Kind))
            {
                continue;
            }
            var opened = accepted.Keys.LastOrDefault(k => k < index, -1);
            if (opened >= 0 && accepted[opened].Kind is SectionKinds.Work or SectionKinds.Volunteer or SectionKinds.Projects)
            {
                accepted[index] = (match.Kind, heading, true);
            }
        }
    }

    /// <summary>"Achievements" in bold over a job's results, inside the experience section, set unlike the section
    /// headings (bold, where they are bold capitals): a caption of the job's list, not the awards section.</summary>
    private static void DropEntryCaptions(List<TextLine> lines, SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted,
        HeadingLook? signature, double bodySize)
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
                && HeadingLook.Of(lines[index]) != signature && HeadingLook.Of(lines[index]) != HeadingLook.Of(lines[previousIndex])
                && lines[index].InSidebar == lines[previousIndex].InSidebar && lines[index].Column == lines[previousIndex].Column)
            {
                accepted.Remove(index);
                continue;
            }
            previous = kind;
            previousIndex = index;
        }
    }
}
