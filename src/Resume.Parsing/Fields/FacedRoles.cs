using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// "Research Assistant" in bold over "IEA funded project at the Universitat de Barcelona" in italic: a template sets every
/// entry's title in one face and its employer in another, whatever words either uses. Where the entries of a section whose
/// words read plainly agree on which face the title takes, an entry of two pieces in those two faces is read by its faces:
/// the piece in the title's face is the title, and the other is the employer whole (an "at", a colon or a dash inside it
/// parts nothing), less a place closing it.
/// </summary>
internal static class FacedRoles
{
    /// <summary>How far the words may lean against the faces before the faces give way: "Acme Corp" set in the title's face
    /// beside "Senior Engineer" in the employer's is a line the template's faces do not describe.</summary>
    private const double AgainstWords = 2.0;

    /// <summary>The most one entry's words count for in the vote on the faces: an employer's name that reads strongly as a
    /// title ("Lead Valley Kennels") is still one entry.</summary>
    private const double MostPerEntry = 3.0;

    /// <summary>The faces the section's titles and employers are set in, when at least two entries set their two pieces in
    /// different faces and the entries whose words decide vote for one reading, each by how plainly its words read (to a
    /// cap), with at least twice the weight of every other reading together: one entry whose employer happens to read as a
    /// title does not unseat the template's rule.</summary>
    public static (Face Title, Face Employer)? Of(IReadOnlyList<Entry> entries)
    {
        var votes = new Dictionary<(Face Title, Face Employer), double>();
        var faced = 0;
        foreach (var entry in entries)
        {
            if (Pair(entry) is not var (a, b, _))
            {
                continue;
            }
            faced++;
            var (first, second) = (RoleWords.TitleScore(a.Text), RoleWords.TitleScore(b.Text));
            if (Math.Abs(first - second) < RoleParser.Undecided || Math.Max(first, second) < 0.5)
            {
                // "Monitoria" beside "Universidade Federal de Juiz de Fora": where no title word speaks, a piece naming an
                // institution or a company's legal form is the employer of the two.
                if (ByOrganisation(a, b) is { } named)
                {
                    votes[named] = votes.GetValueOrDefault(named) + 1;
                }
                continue;
            }
            var read = first > second ? (a.Face, b.Face) : (b.Face, a.Face);
            votes[read] = votes.GetValueOrDefault(read) + Math.Min(Math.Abs(first - second), MostPerEntry);
        }
        if (faced < 2 || votes.Count == 0)
        {
            return null;
        }
        var best = votes.MaxBy(v => v.Value);
        return best.Value >= 2 * (votes.Values.Sum() - best.Value) ? best.Key : null;
    }

    /// <summary>The entry's title and employer read from its faces, or null when its pieces are not set in the section's two.</summary>
    public static RoleSplit? Read(Entry entry, (Face Title, Face Employer) faces, RoleSplit words)
    {
        if (Pair(entry) is not var (a, b, town))
        {
            return null;
        }
        var (title, employer) = a.Face == faces.Title && b.Face == faces.Employer ? (a.Text, b.Text)
            : b.Face == faces.Title && a.Face == faces.Employer ? (b.Text, a.Text) : (null, null);
        if (title is null || employer is null || RoleWords.TitleScore(employer) - RoleWords.TitleScore(title) >= AgainstWords
            || IsSentence(employer) || IsSentence(title))
        {
            return null;
        }
        // The place the words found closes either piece ("Lead Engineer · Pittsburgh, PA", "Harbour Bank - Nantes, Pays
        // de la Loire"), whether or not the place lists know it.
        (title, employer) = (WithoutPlace(title, words.Location), WithoutPlace(employer, words.Location));
        var (name, place) = SeparatedPlace(employer) is { } separated ? separated : EmployerAndPlace(employer);
        return new RoleSplit(RoleParser.WithoutSupervisor(RoleParser.WithoutPayGrade(RoleParser.WithoutClosingStop(title))), RoleParser.WithoutClosingStop(name), words.Location ?? place ?? town);
    }

    /// <summary>The entry's two pieces set in two different faces, one of them bold or italic, places aside. A piece
    /// that ends open ("… Public Policy Center:", "… Vermögens- und") runs on into the next piece of its face: a line
    /// the column wrapped.</summary>
    private static ((string Text, Face Face) A, (string Text, Face Face) B, string? Town)? Pair(Entry entry)
    {
        if (entry.Faces.Count != entry.Parts.Count)
        {
            return null;
        }
        var pieces = new List<(string Text, Face Face)>();
        for (var k = 0; k < entry.Parts.Count; k++)
        {
            var text = entry.Parts[k];
            if (!text.Any(char.IsLetter) || IsPlace(text))
            {
                continue;
            }
            if (pieces.Count > 0 && pieces[^1].Face == entry.Faces[k] && OpenEnding.Ends(pieces[^1].Text))
            {
                pieces[^1] = (pieces[^1].Text + " " + text, entry.Faces[k]);
                continue;
            }
            pieces.Add((text, entry.Faces[k]));
        }
        // "Monitoria" in bold, "Universidade Federal de Juiz de Fora" in italic, "Juiz de Fora" in the body's type: a
        // template that styles the title and the employer sets the place after them plainly, whether or not the place
        // lists know the town.
        string? town = null;
        if (pieces.Count == 3 && pieces.Count(p => !p.Face.Styled) == 1 && pieces.FindIndex(p => !p.Face.Styled) is var plain
            && CouldBeTown(pieces[plain].Text))
        {
            town = pieces[plain].Text;
            pieces.RemoveAt(plain);
        }
        if (pieces.Count != 2 || pieces[0].Face == pieces[1].Face || !pieces[0].Face.Styled && !pieces[1].Face.Styled)
        {
            return null;
        }
        return (pieces[0], pieces[1], town);
    }

    /// <summary>A name that can stand for a town: capitalised words (small linking words between them, "Juiz de Fora",
    /// "Hendrik-Ido-Ambacht"), at most four, no digits or marks ("Prof. Chad Jenkins" under a title is its supervisor),
    /// naming no title or organisation.</summary>
    private static bool CouldBeTown(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0])
            && words.All(w => char.IsUpper(w[0]) || w.Length <= 3 && w.All(char.IsLower)) && !text.Any(char.IsDigit)
            && text.IndexOfAny([',', '@', '(', '.', ':', '/']) < 0 && !Places.IsLegalForm(words[^1])
            && RoleWords.TitleScore(text) <= 0 && !RoleWords.NamesOrganisation(text) && !RoleWords.NamesInstitution(text);
    }

    /// <summary>The faces read from the one piece of two that names an organisation (an institution's noun or a legal form
    /// such as "GmbH") where the other names none.</summary>
    private static (Face Title, Face Employer)? ByOrganisation((string Text, Face Face) a, (string Text, Face Face) b)
    {
        // Only an institution's noun or a legal form: the wider list of organisation words holds trades' words too
        // ("Labor" is a German laboratory and an English title's word).
        static bool Names(string text) => RoleWords.NamesInstitution(text)
            || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => Places.IsLegalFormWord(w.Trim(',', '(', ')')));
        var (first, second) = (Names(a.Text), Names(b.Text));
        return first == second ? null : first ? (b.Face, a.Face) : (a.Face, b.Face);
    }

    private static bool IsPlace(string piece) =>
        Places.IsRemote(piece) || Places.IsPlace(piece.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A line describing the job, not naming anything: a full stop inside it, or many words.</summary>
    private static bool IsSentence(string piece) =>
        piece.Contains(". ", StringComparison.Ordinal) || piece.Count(c => c == ' ') >= 14;

    /// <summary>"Northwind Freight AB · Gothenburg", "Harbour Bank | Remote": a place set after a separator closes the
    /// employer's line; the separator parts it off, though the name itself is kept whole.</summary>
    private static (string Employer, string? Place)? SeparatedPlace(string text)
    {
        var cut = -1;
        foreach (var separator in (string[])[" · ", " | ", " • ", " — ", " – ", " - "])
        {
            cut = Math.Max(cut, text.LastIndexOf(separator, StringComparison.Ordinal));
        }
        if (cut <= 0)
        {
            return null;
        }
        var (head, tail) = (text[..cut].Trim(), text[(cut + 3)..].Trim());
        return head.Length > 0 && tail.Length > 0 && IsPlace(tail) ? (head, tail) : null;
    }

    private static string WithoutPlace(string piece, string? place)
    {
        var text = piece.TrimEnd();
        if (place is not { Length: > 0 } || text.Length <= place.Length || !text.EndsWith(place, StringComparison.Ordinal))
        {
            return piece;
        }
        // Only where a separator parts it off: "Bank of Nantes" keeps its town.
        var before = text[..^place.Length].TrimEnd();
        var head = before.TrimEnd('·', '|', '•', '—', '–', '-', ',').TrimEnd();
        return head.Length > 0 && head.Length < before.Length ? head : piece;
    }

    private static (string Employer, string? Place) EmployerAndPlace(string text)
    {
        if (Places.SplitTrailingPlace(text) is { Head.Length: > 0 } split)
        {
            return (split.Head, split.Place);
        }
        return RoleParser.TrailingTownAndRegion(text) is { Head.Length: > 0 } trailing ? (trailing.Head, trailing.Place) : (text, null);
    }
}
