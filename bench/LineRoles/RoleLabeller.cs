using Resume.Parsing.Fields;

namespace LineRoles;

/// <summary>
/// Says what each line of a file is by finding the resume's texts in it: the share of the line's letters and digits that
/// a name, a contact detail, an entry's organisation/title/dates/place, an item or other content covers, the largest
/// share winning. Given the truth it labels the lines; given the parser's answer it reads back the role the rules gave
/// them (an employer parsed as a title makes its line a title line).
/// </summary>
internal sealed class RoleLabeller
{
    private readonly string[] _names, _labels, _contacts, _home, _employers, _titles, _places, _highlights, _others;
    private readonly HashSet<string> _dates;

    public RoleLabeller(FieldSet set)
    {
        _names = Norm(set.Names);
        _labels = Norm(set.Labels);
        _contacts = Norm(set.Contacts);
        _home = Norm(set.HomePlaces);
        _employers = Norm(set.Employers);
        _titles = Norm(set.Titles);
        _places = Norm(set.Places);
        _highlights = Norm(set.Highlights);
        _others = Norm(set.Others);
        _dates = set.Dates;
    }

    /// <summary>Whether a line is a section heading, decided by the caller: the section splitter for the rules; for the
    /// truth, a heading word standing alone (<see cref="Heading.Yes"/>) or a phrase with one in it that none of the
    /// resume's texts explain (<see cref="Heading.Unless"/>: "Digital skills").</summary>
    public enum Heading { No, Yes, Unless }

    public string[] Label(IReadOnlyList<string> texts, IReadOnlyList<Heading> headings)
    {
        var roles = new string[texts.Count];
        var firstHeading = Enumerable.Range(0, texts.Count).FirstOrDefault(i => headings[i] == Heading.Yes, texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var previous = i > 0 ? roles[i - 1] : null;
            roles[i] = headings[i] == Heading.Yes ? Roles.Heading
                : One(texts[i], i < firstHeading, previous == Roles.Name, previous is Roles.Contact or Roles.Name) is var role
                    && role == Roles.Other && headings[i] == Heading.Unless && !Explained(texts[i]) ? Roles.Heading : role;
        }
        return roles;
    }

    private bool Explained(string text)
    {
        var n = Normalize(text);
        return new[] { _names, _labels, _contacts, _employers, _titles, _places, _highlights, _others }.Any(v => Count(Mark(n, v, 3)) > 0);
    }

    private string One(string text, bool inHeader, bool afterName, bool amongContact)
    {
        var n = Normalize(text);
        var m = n.Length;
        if (m == 0)
        {
            return Roles.Other;
        }
        var name = Mark(n, _names, 3, out var namePiece);
        var labelPiece = false;
        var label = inHeader || afterName ? Mark(n, _labels, 4, out labelPiece) : new bool[m];
        var contact = Mark(n, _contacts, 4, out var contactPiece);
        var homeContext = inHeader || amongContact || contact.Any(c => c);
        var home = homeContext ? Mark(n, _home, 3) : new bool[m];
        Or(contact, home);
        var employer = Mark(n, _employers, 3, out var employerPiece);
        var title = Mark(n, _titles, 4, out var titlePiece);
        var place = Mark(n, _places, 3, out var placePiece);
        var date = MarkDates(text, n);
        var highlight = Mark(n, _highlights, 6, out var highlightPiece);
        var other = Mark(n, _others, 3, out var otherPiece);
        var entry = (bool[])employer.Clone();
        Or(entry, title);
        Or(entry, place);
        Or(entry, date);

        var scores = new (string Role, double Count)[]
        {
            (Roles.Name, Score(name, namePiece)), (Roles.Contact, Score(contact, contactPiece)), (Roles.Label, Score(label, labelPiece)),
            ("entry", Score(entry, employerPiece || titlePiece || placePiece)), (Roles.Highlight, Score(highlight, highlightPiece)),
            (Roles.Other, Score(other, otherPiece)),
        };
        var best = scores[0];
        foreach (var s in scores)
        {
            if (s.Count > best.Count)
            {
                best = s;
            }
        }
        if (best.Count * 10 < m * 4)
        {
            return Roles.Other;
        }
        // Among contact details the person's town is theirs, even when a job was in the same town.
        if (best.Role == "entry" && homeContext && Count(home) > 0 && Count(employer) + Count(title) + Count(date) == 0)
        {
            return Roles.Contact;
        }
        if (best.Role != "entry")
        {
            return best.Role;
        }
        // One line heading an entry is named for the most telling thing on it: the organisation, else the title, else
        // the dates, else the place.
        return Count(employer) >= 3 ? Roles.Employer
            : Count(title) >= 4 ? Roles.Title
            : Count(date) > 0 ? Roles.Date
            : Roles.Place;
    }

    private bool[] MarkDates(string text, string n)
    {
        var marks = new bool[n.Length];
        if (DateParser.Find(text) is not { } d)
        {
            return marks;
        }
        if (d.Start is { } s && _dates.Contains(s) || d.End is { } e && _dates.Contains(e))
        {
            var piece = Normalize(text.Substring(d.Index, d.Length));
            MarkAll(n, piece, marks);
        }
        return marks;
    }

    private static bool[] Mark(string n, string[] values, int minimum) => Mark(n, values, minimum, out _);

    /// <param name="pieceOnly">The line is only a piece of a longer value (a wrapped item, a name set on two lines), not
    /// a value standing whole: a weaker sign ("Flutter" in a skills list is also a word of an item).</param>
    private static bool[] Mark(string n, string[] values, int minimum, out bool pieceOnly)
    {
        var marks = new bool[n.Length];
        var piece = false;
        foreach (var v in values)
        {
            if (v.Length < minimum)
            {
                continue;
            }
            MarkAll(n, v, marks);
            if (n.Length >= Math.Max(minimum, 5) && v.Length > n.Length && v.Contains(n, StringComparison.Ordinal))
            {
                piece = true;
            }
        }
        pieceOnly = piece && !marks.All(b => b);
        if (pieceOnly)
        {
            Array.Fill(marks, true);
        }
        return marks;
    }

    private static void MarkAll(string n, string piece, bool[] marks)
    {
        if (piece.Length == 0)
        {
            return;
        }
        for (var at = n.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = n.IndexOf(piece, at + 1, StringComparison.Ordinal))
        {
            Array.Fill(marks, true, at, piece.Length);
        }
    }

    private static void Or(bool[] into, bool[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] |= from[i];
        }
    }

    private static int Count(bool[] marks) => marks.Count(b => b);

    private static double Score(bool[] marks, bool pieceOnly) => Count(marks) - (pieceOnly ? 0.5 : 0);

    private static string[] Norm(List<string> values) => values.Select(Normalize).Where(v => v.Length > 0).Distinct().ToArray();

    /// <summary>Letters and digits only, lower case: spacing, letter-spacing, bullets and punctuation do not matter.</summary>
    public static string Normalize(string text)
    {
        var chars = new char[text.Length];
        var k = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[k++] = char.ToLowerInvariant(c);
            }
        }
        return new string(chars, 0, k);
    }
}
