using Resume.Model;
using Resume.Parsing.Fields;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Structure;

/// <summary>
/// How headings look: the body's size, a heading's style signature, and what makes a line stand out as one.
/// </summary>
internal static partial class SectionSplitter
{
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

    /// <summary>
    /// Columns that set their headings their own way: a sidebar's large bold names beside a main column's bold capitals at
    /// the text's size. Where no known heading of a column has the page's commonest look, the look two known headings of
    /// that column share (bold or capitals, set apart from its text) is that column's.
    /// </summary>
    private static Dictionary<int, HeadingLook> ColumnSignatures(List<TextLine> lines, IEnumerable<int> exact, HeadingLook? dominant, double bodySize)
    {
        var found = new Dictionary<int, HeadingLook>();
        if (dominant is null)
        {
            return found;
        }
        foreach (var column in exact.Where(i => lines[i].HasGeometry && lines[i].Column > 0).GroupBy(i => lines[i].Column))
        {
            if (column.Any(i => HeadingLook.Of(lines[i]) == dominant)
                || DominantSignature(lines, column, bodySize) is not { } own
                || !own.Bold && !own.Caps)
            {
                continue;
            }
            found[column.Key] = own;
        }
        return found;
    }

    private static HeadingLook? DominantSignature(List<TextLine> lines, IEnumerable<int> indexes, double bodySize)
    {
        var counts = new Dictionary<HeadingLook, int>();
        foreach (var i in indexes)
        {
            var s = HeadingLook.Of(lines[i]);
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
        if (!best.Key.IsDistinctive(bodySize) && counts.Where(kv => kv.Value >= 2 && kv.Key.IsDistinctive(bodySize))
                .OrderByDescending(kv => kv.Value).Select(kv => (KeyValuePair<HeadingLook, int>?)kv).FirstOrDefault() is { } distinct)
        {
            best = distinct;
        }
        // One heading is enough to learn the style when the style itself says "heading" (a heading style, an underline,
        // type larger than the body's).
        return best.Value >= 2 || best.Key.SaysHeading ? best.Key : null;
    }

    /// <summary>A heading set differently from the usual ones is still one when it stands out at least as much; a smaller
    /// bold label ("Languages" over a list of skills) is not.</summary>
    private static bool AsProminent(TextLine line, List<TextLine> lines, HeadingLook signature, double bodySize)
    {
        if (!line.HasGeometry)
        {
            var level = signature.Level;
            return line.HeadingLevel > 0 && (level == 0 || line.HeadingLevel <= level) || level == 0 && LooksLikeHeading(line, bodySize);
        }
        var (size, bold, caps) = (signature.Size, signature.Bold, signature.Caps);
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
    /// A section's very name of one word before any heading, at the size and weight of the headings that follow but not
    /// in their capitals ("Bildung" over "ARBEITSERFAHRUNG"): a single word in the headings' type is taken for a group
    /// label under a heading elsewhere, but above the first heading there is no section for it to label.
    /// </summary>
    private static bool OpensTheSectionsInTheirType(TextLine line, HeadingLook signature, double bodySize)
    {
        return InTheFace(line, signature) is { } face && face.Size >= bodySize + 0.9;
    }

    /// <summary>The face of the signature when the line is one cell at its size (within half a point) and weight.</summary>
    private static (double Size, bool Bold)? InTheFace(TextLine line, HeadingLook signature) =>
        line.HasGeometry && line.Segments.Count == 1 && signature.Face is { } face && Math.Abs(line.FontSize - face.Size) <= 0.5 && line.Bold == face.Bold
            ? face
            : null;

    /// <summary>
    /// Bold capitals as the headings are, in one cell, at a size of its own: a designed sidebar's writer set one heading
    /// smaller than the others ("TECHNICAL SKILL" in 8 pt among headings of 13 pt). The look, not the size, marks it.
    /// </summary>
    private static bool InTheLook(TextLine line, HeadingLook signature) =>
        line.HasGeometry && line.Segments.Count == 1 && line.Bold && IsAllCaps(line.Text)
        && signature is { Placed: true, Bold: true, Caps: true };

    /// <summary>
    /// A section's very name at the headings' size and weight but not in their capitals ("Skills" after "EDUCATION" and
    /// its bold course names) is taken for a group label, but a group label names a part of the section it stands in.
    /// Naming another section, starting where that section's heading starts and set off from the line above by a blank
    /// line's depth, it opens its own.
    /// </summary>
    private static bool StandsOffAsAnotherSection(List<TextLine> lines, int index, string kind,
        SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted, HeadingLook signature, double bodySize)
    {
        var line = lines[index];
        // "Coursework:" with its colon labels what follows inside the section.
        if (index == 0 || line.Text.TrimEnd().EndsWith(':')
            || !(InTheFace(line, signature) is { } face && (face.Bold || face.Size >= bodySize + 0.9) || InTheLook(line, signature)))
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

    /// <summary>
    /// A section's very name in a word processor file, set in the headings' own look (bold capitals, say) but not in
    /// their heading style: the writer formatted it by hand, or it took the list style of the bullets above it when
    /// Enter was pressed after the last item ("EDUCATION" as a list paragraph under "SKILLS").
    /// </summary>
    private static bool LookedLikeTheHeadingsByHand(TextLine line, HeadingLook signature)
    {
        if (line.HasGeometry || signature.Placed || signature.Level == 0)
        {
            return false;
        }
        var own = HeadingLook.Of(line);
        return own.Level == 0 && own with { Level = signature.Level } == signature
            && (signature.Bold || signature.Caps || signature.Underlined || signature.Larger);
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
