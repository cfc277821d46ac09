using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Parsing.Layout;
using Resume.Parsing.Structure;

namespace Resume.Parsing.Fields;

/// <summary>
/// Contact details outside the header and any contact section: a line of nothing but contact pieces wherever it stands
/// (a page footer with the address and links, as moderncv's casual style sets it), and a closing paragraph that says
/// where to write or call. Both are taken out of the section they fell into, so they never become a job or a skill.
/// </summary>
internal static partial class StrayContact
{
    public static List<TextLine> Take(List<Section> sections)
    {
        var found = new List<TextLine>();
        for (var s = 0; s < sections.Count; s++)
        {
            var section = sections[s];
            if (section.Kind == SectionKind.Contact)
            {
                continue;
            }
            var lines = section.Lines;
            // Under a references heading, numbers and addresses are the referees': they are taken out all the same, but
            // only a line set above the section's first line on its page (a header column read after it) is the person's.
            var referees = section.Kind == SectionKinds.References;
            for (var i = 0; i < lines.Count; i++)
            {
                if (!IsContactLine(lines[i]))
                {
                    continue;
                }
                if (referees && !SetAbove(lines[i], lines[0]))
                {
                    lines.RemoveAt(i--);
                    continue;
                }
                var first = i;
                // The address line set just above the links ("San Diego – CA").
                if (i > 0 && IsPlaceLine(lines[i - 1]))
                {
                    first = i - 1;
                }
                // The town set under the e-mail and the number in a stacked block ("Wedel, Deutschland" between the
                // number and a link): the address all the same.
                var last = i;
                if (first == i && i + 1 < lines.Count && IsPlaceLine(lines[i + 1]))
                {
                    last = i + 1;
                }
                // An address wrapped after its postcode in a narrow column ("Dorotheenstraße 73, 22301" over "Hamburg,
                // Deutschland"), right under the e-mail or right over it: the street goes with the town.
                if (first == i && last == i && i + 2 < lines.Count && IsStreetLine(lines[i + 1]) && IsPlaceLine(lines[i + 2]))
                {
                    last = i + 2;
                }
                else if (first == i - 1 && i >= 2 && IsStreetLine(lines[i - 2]))
                {
                    first = i - 2;
                }
                found.AddRange(lines.GetRange(first, last - first + 1));
                lines.RemoveRange(first, last - first + 1);
                i = first - 1;
            }
            if (s == sections.Count - 1)
            {
                // Under references, only a paragraph in the person's own voice ("write to me at …") is theirs.
                found.AddRange(TakeClosingParagraph(lines, firstPersonOnly: referees));
            }
        }
        return found;
    }

    /// <summary>Every piece is an address, a number, a link or a network handle, and one at least is an address,
    /// number or link (a line of bare words is not contact).</summary>
    private static bool IsContactLine(TextLine line)
    {
        var text = line.Text;
        if (!text.Contains('@') && text.Count(char.IsDigit) < 7)
        {
            return false; // neither an address nor a number: the regexes below need not run
        }
        var pieces = line.Segments.SelectMany(s => Separators().Split(s.Text)).Select(p => p.Trim()).Where(p => p.Length > 0 && !p.All(Text.Bullets.IsBulletChar)).ToList();
        var reach = pieces.Where(p => ContactParser.Email().IsMatch(p) || ContactParser.FindPhone(p) is not null).ToList();
        // A page footer typed in a word processor sets the street or the postcode and town beside the number and the
        // e-mail ("Lindholmsallén 39 Lgh 1204    +46 70 53 55 697"): beside a way to reach the person, that is the address.
        // A template's footer row of icons sets a handle with no "@" or address beside its network's icon ("FOXMAPPING"
        // beside "@FOXMAPPING" and the number): one word among more pieces that are ways to reach the person.
        bool Reaches(string p) => ContactParser.IsContactPiece(p) || reach.Count > 0 && (IsStreetOrTown(p) || p[0] == '@' && HandleWord().IsMatch(p[1..]));
        var contact = pieces.Count(Reaches);
        return pieces.Count > 0 && pieces.All(p => (Reaches(p) || contact >= 2 && pieces.Count - contact < contact && HandleWord().IsMatch(p))
                && p.Count(c => c == ' ') <= 4)
            && reach.Count > 0 && pieces.Count(p => ContactParser.Email().IsMatch(p)) <= 1;
    }

    /// <summary>"Lindholmsallén 39 Lgh 1204", "12 Orchard Row", "417 53 Göteborg": a house or postcode number among a few
    /// capitalised words, nothing else (no figure with a unit, no sentence).</summary>
    private static bool IsStreetOrTown(string piece) => StreetOrTown().IsMatch(piece);

    [GeneratedRegex(@"^(?=.*\d)(?=.*\p{L}{3})(?:(?:\d{1,5}[a-z]?|\p{Lu}[\p{L}'’.-]*|[a-z]{1,3}\.?)[,\s]*){2,6}$")]
    private static partial Regex StreetOrTown();

    /// <summary>A user name shown beside a network's icon: one word of letters, figures, dots or underscores.</summary>
    [GeneratedRegex(@"^[\p{L}\d._]{3,30}$")]
    private static partial Regex HandleWord();

    private static bool SetAbove(TextLine line, TextLine first) =>
        line.HasGeometry && first.HasGeometry && line.Page == first.Page && line.Bottom < first.Top;

    /// <summary>"San Diego – CA", or a town with its postcode ("Marthasville, MO, 63357", "10115 Berlin"): the only
    /// digits allowed are one postcode, so a line of dates is never taken for an address.</summary>
    private static bool IsPlaceLine(TextLine line)
    {
        var text = line.Text;
        if (line.Segments.Count != 1 || text.Length > 60)
        {
            return false;
        }
        if (text.Any(char.IsDigit))
        {
            var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Any(p => Places.TownBesidePostcode(p) is not null))
            {
                return true;
            }
            var postcode = Postcode().Matches(text);
            if (postcode.Count != 1 || text.Count(char.IsDigit) != postcode[0].Value.Count(char.IsDigit))
            {
                return false;
            }
            text = text.Remove(postcode[0].Index, postcode[0].Length).Trim().TrimEnd(',').Trim();
        }
        return Places.Score(Regex.Replace(text, @"\s+[–—-]\s+", ", ")) > 0;
    }

    /// <summary>"Dorotheenstraße 73, 22301", "12 Rue des Lilas": a street and its house number, perhaps with the postcode
    /// after a comma, on a line of its own.</summary>
    private static bool IsStreetLine(TextLine line) =>
        line.Segments.Count == 1 && line.Text.Length <= 60 && StreetLine().IsMatch(line.Text.Trim());

    [GeneratedRegex(@"^(?:\p{L}[\p{L}.'’ -]{2,40}\s\d{1,4}[a-zA-Z]?|\d{1,4}[a-zA-Z]?,?\s\p{L}[\p{L}.'’ -]{2,40})(?:,\s*\d{4,6})?$")]
    private static partial Regex StreetLine();

    /// <summary>A ZIP code or postcode of five or six digits (four are a year as often as a postcode).</summary>
    [GeneratedRegex(@"\b\d{5}(?:-\d{4})?\b|\b\d{6}\b")]
    private static partial Regex Postcode();

    /// <summary>The last few lines hold an e-mail address in running text: the paragraph it stands in is the contact.</summary>
    private static List<TextLine> TakeClosingParagraph(List<TextLine> lines, bool firstPersonOnly)
    {
        var from = Math.Max(0, lines.Count - 6);
        var hit = -1;
        for (var i = from; i < lines.Count; i++)
        {
            if (ContactParser.Email().IsMatch(lines[i].Text))
            {
                hit = i;
                break;
            }
        }
        if (hit < 0)
        {
            return [];
        }
        var start = hit;
        // A line that opens with the address ("jane.roe@example.com · Leeds") starts the footer; its lower-case first
        // letter is the address's, not a sentence carried on from the line above.
        var opensWithAddress = ContactParser.Email().Match(lines[hit].Text.TrimStart()) is { Success: true, Index: 0 };
        while (!opensWithAddress && start > 0 && hit - start < 2 && !lines[start].GapBefore && EntryReader.IsContinuation(lines[start - 1], lines[start], lines[start].HasGeometry)
            && !lines[start - 1].Bullet)
        {
            start--;
        }
        var taken = lines.GetRange(start, lines.Count - start);
        if (firstPersonOnly && !taken.Any(l => FirstPerson().IsMatch(l.Text)))
        {
            return [];
        }
        lines.RemoveRange(start, lines.Count - start);
        return taken;
    }

    [GeneratedRegex(@"\b(?:I|I'm|I’m|me|my)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\s+[|·•/–—]\s+|\s*[|·•]\s*")]
    private static partial Regex Separators();
}
