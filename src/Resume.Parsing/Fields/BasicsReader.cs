using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Parsing.Layout;
using Resume.Parsing.Structure;

namespace Resume.Parsing.Fields;

/// <summary>The <c>basics</c>: name (the first, largest line), title, contact details, location and summary.</summary>
internal static partial class BasicsReader
{
    public static Basics Read(List<TextLine> header, IEnumerable<TextLine> contactLines, string? summary, string? documentTitle)
    {
        var (name, nameLines, nameSegments) = FindName(header, documentTitle);
        // A form that labels the name ("First name(s) / Surname(s) | Jane Roe") says which text it is; a form of address
        // typed into it ("Name: Mr Gary Roe") is no more part of the name than on a name line of its own.
        if (LabelledRecords.Fields([.. header, .. contactLines]).FirstOrDefault(f => f.Role == FieldLabels.Role.Name && Plausible(f.Value)) is { Value.Length: > 0 } labelled)
        {
            var value = WithoutClosingStop(labelled.Value);
            name = SurnameFirst().Match(value) is { Success: true } m ? $"{m.Groups[2].Value} {m.Groups[1].Value}" : WithoutHonorific(value);
        }
        var pieces = new List<(string Text, bool LineFull, bool Alone, int Line)>();
        var lineIndex = 0;
        foreach (var line in header.Concat(contactLines))
        {
            lineIndex++;
            for (var k = 0; k < line.Segments.Count; k++)
            {
                var segment = line.Segments[k];
                if (nameSegments.Contains(segment))
                {
                    // "Name | Title" set on one line: the title is what follows the bar.
                    var bar = segment.Text.IndexOf(" | ", StringComparison.Ordinal);
                    if (bar > 0)
                    {
                        pieces.Add((segment.Text[(bar + 3)..], false, false, lineIndex));
                    }
                    else if (TrailingTitle(segment.Text) is { } title)
                    {
                        pieces.Add((title, false, false, lineIndex));
                    }
                    continue;
                }
                var split = SplitPieces(segment.Text).ToList();
                if (Networks.ByIcon(segment.Icon) is { } network && split.Count == 1 && !split[0].Contains(' '))
                {
                    split[0] = $"{network}: {split[0]}"; // a handle behind a network's icon
                }
                for (var p = 0; p < split.Count; p++)
                {
                    var full = k == line.Segments.Count - 1 && p == split.Count - 1 && line.HasGeometry
                        && line.ColumnRight - segment.Right < Math.Max(6, line.FontSize);
                    pieces.Add((split[p], full, line.Segments.Count == 1 && split.Count == 1, lineIndex));
                }
            }
        }
        _ = nameLines;
        var details = ContactParser.Read(JoinWrapped(pieces));
        ContactParser.ReadLinks(header.Concat(contactLines).SelectMany(l => l.Links), details);

        string? label = null;
        var labelAt = -1;
        var locationCandidates = new List<string>();
        var sentences = new List<string>();
        for (var r = 0; r < details.Rest.Count; r++)
        {
            var rest = details.Rest[r];
            var words = rest.Count(c => c == ' ') + 1;
            if (words >= 8 && IsProse(rest))
            {
                sentences.Add(rest);
                continue;
            }
            // A city over its country ("Cork" / "Ireland") is an address, not a title.
            var cityAboveCountry = r + 1 < details.Rest.Count && ContactParser.IsBareCityName(rest) && ContactParser.IsRegionOrItsCode(rest, details.Rest[r + 1].Trim())
                && HeadingLexicon.Match(rest) is null
                // Right after a street or a postcode, the town and its code close that one-line address instead.
                && !(r > 0 && details.Rest[r - 1].Any(char.IsDigit))
                && RoleWords.TitleScore(rest) <= 0;
            if (cityAboveCountry)
            {
                // The region under the town is the address's too, not a headline: the two are one place.
                locationCandidates.Add($"{rest}, {details.Rest[++r].Trim()}");
                continue;
            }
            if (details.Location is null && locationCandidates.Count == 0 && Places.Score(ContactParser.AsPlace(rest)) == 0
                && words == 1 && !rest.Any(c => c is '-' or '_') && !rest.Skip(1).Any(char.IsUpper) && BesideContacts(rest, pieces) && IsTownUnderHeadline(rest)
                && Networks.ByLabel(rest) is null && !SameLetters(rest, name) && (name is null || !name.Contains(rest, StringComparison.Ordinal)))
            {
                // A lone capitalised word set among the e-mail and the number ("Leipzig • +49 171 … • jonas@…"): a
                // headline stands on a line of its own, a town sits in the contact line. (Two words there are as often
                // a remark as a place, and a word with a hyphen or inner capitals is a handle: "Leafon-Tech".)
                locationCandidates.Add(rest);
                ContactParser.SetTown(rest, details);
                continue;
            }
            if (label is null && Places.Score(ContactParser.AsPlace(rest)) == 0 && !rest.Any(char.IsDigit) && HeadingLexicon.Match(rest) is null && words <= 8
                && !Regex.IsMatch(rest, @"^[a-z0-9_.\-]+$"))
            {
                label = rest;
                labelAt = r;
                continue;
            }
            locationCandidates.Add(rest);
        }
        ContactParser.ReadLocation(locationCandidates, details);
        // A profile export prints the town alone on the line under the headline ("Los Ángeles", "Hlavní město Praha"):
        // a place no list knows, told by where it stands when nothing else in the header names a place.
        // Only a line of its own: a handle among the e-mail and the number ("Soum-Soum" after a network's icon) is no town.
        if (details.Location is null && name is not null && labelAt >= 0 && labelAt + 1 < details.Rest.Count
            && IsTownUnderHeadline(details.Rest[labelAt + 1]) && !SameLetters(details.Rest[labelAt + 1], name)
            && pieces.Any(p => p.Alone && p.Text.Trim() == details.Rest[labelAt + 1].Trim()))
        {
            ContactParser.SetTown(details.Rest[labelAt + 1], details);
        }
        if (summary is null && sentences.Count > 0)
        {
            summary = string.Join(' ', sentences);
        }
        return new Basics
        {
            Name = name,
            Label = label,
            Email = details.Email,
            Phone = details.Phone,
            Url = details.Url,
            Summary = summary,
            Location = details.Location,
            Profiles = details.Profiles,
        };
    }

    /// <summary>A line that can only be a town: two to four words at most, capitalised but for short joining words
    /// ("de", "město"), no digits, no heading's or job title's words, nothing a sentence or a list would hold.</summary>
    /// <summary>A piece that shares its line with an e-mail address or a phone number.</summary>
    private static bool BesideContacts(string text, List<(string Text, bool LineFull, bool Alone, int Line)> pieces) =>
        pieces.Where(p => p.Text.Trim() == text.Trim() && !p.Alone).Any(p => pieces.Any(o => o.Line == p.Line && o.Text != p.Text
            && (ContactParser.Email().IsMatch(o.Text) || ContactParser.FindPhone(o.Text) is not null)));

    /// <summary>The name printed again (a signature, a handle written together): no town.</summary>
    private static bool SameLetters(string text, string? name) =>
        name is not null && string.Concat(text.Where(char.IsLetter)).Equals(string.Concat(name.Where(char.IsLetter)), StringComparison.OrdinalIgnoreCase);

    private static bool IsTownUnderHeadline(string text)
    {
        var t = text.Trim();
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || t.Length > 40 || t.Any(c => char.IsDigit(c) || c is '@' or '|' or ':' or '/' or '(' or '.')
            || !char.IsUpper(t[0]) || !char.IsUpper(words[^1][0]) || words.Any(w => !char.IsUpper(w[0]) && w.Length > 5)
            || HeadingLexicon.Match(t) is not null || RoleWords.TitleScore(t) > 0 || words.Any(RoleWords.IsTitleWord))
        {
            return false;
        }
        return true;
    }

    private static (string? Name, HashSet<TextLine> Lines, HashSet<LineSegment> Segments) FindName(List<TextLine> header, string? documentTitle)
    {
        var lines = new HashSet<TextLine>();
        var segments = new HashSet<LineSegment>(ReferenceEqualityComparer.Instance);
        var window = header.Take(10).ToList();
        if (window.Count == 0)
        {
            return (Plausible(documentTitle) ? documentTitle : null, lines, segments);
        }
        if (window.Any(l => l.HasGeometry))
        {
            // The largest type in the header, read in order, hyphenated halves joined ("Kowalska-" / "Nowak").
            var max = window.SelectMany(l => l.Segments).Where(s => Plausible(NamePart(s.Text))).Select(s => s.Size).DefaultIfEmpty(0).Max();
            var signature = Signature(window, max);
            if (signature is not null)
            {
                max = window.SelectMany(l => l.Segments).Where(s => s != signature && Plausible(NamePart(s.Text))).Max(s => s.Size);
            }
            if (max > 0)
            {
                var builder = new StringBuilder();
                var closed = false;
                // Where the header is set in one size the largest type says nothing: the name runs over consecutive
                // lines only, and a line of none of it after it has begun (a rule typed as a row of hyphens) ends it.
                var segmentsAll = window.SelectMany(l => l.Segments).ToList();
                var oneSize = segmentsAll.Sum(s => s.Size >= max - 0.6 ? s.Text.Length : 0) * 10 >= segmentsAll.Sum(s => s.Text.Length) * 9;
                foreach (var line in window)
                {
                    // A line of none of it set under the name (the contact line in smaller type) ends it too: a later line
                    // as large is a title. Cells beside the name (contact details right of a name set over two lines)
                    // do not end it.
                    if (builder.Length > 0 && !line.Segments.Any(s => s.Size >= max - 0.6 && s != signature && Plausible(NamePart(s.Text)))
                        && (oneSize || line.Segments.Any(s => s.Right > s.Left && segments.Any(n => s.Left < n.Right && n.Left < s.Right))))
                    {
                        closed = true;
                    }
                    foreach (var segment in line.Segments)
                    {
                        // A whole name already read, then a line in its size that reads as a job title ("Computer
                        // Science Student"): the title set as large as the name, not the name's second line.
                        if (!closed && lines.Count > 0 && !lines.Contains(line) && builder.ToString().Contains(' ')
                            && segment.Text.Trim().Split(' ') is { Length: >= 2 } titleWords && RoleWords.IsTitleWord(titleWords[^1]))
                        {
                            closed = true;
                        }
                        // A name already begun, then a line in its size that names a place ("Eugene, Oregon | 541 …"):
                        // the contact line under the name, set as large, not the name's second line.
                        if (!closed && builder.Length > 0 && !lines.Contains(line) && segment.Size >= max - 0.6 && Places.Score(NamePart(segment.Text)) >= 2)
                        {
                            closed = true;
                        }
                        if (segment.Size >= max - 0.6 && segment != signature && builder.Length < 60 && Plausible(NamePart(segment.Text)) && !closed)
                        {
                            // "Name | Title", "NAME – Title" in one large line: the name ends at the bar, the title may wrap below.
                            closed = NameEnd().IsMatch(segment.Text);
                            if (builder.Length > 0 && builder[^1] != '-')
                            {
                                builder.Append(' ');
                            }
                            builder.Append(NamePart(segment.Text));
                            segments.Add(segment);
                            lines.Add(line);
                        }
                    }
                }
                if (builder.Length > 0)
                {
                    return (builder.ToString(), lines, segments);
                }
            }
        }
        var titled = window.FirstOrDefault(l => l.IsTitle || l.HeadingLevel == 1) ?? window[0];
        foreach (var line in new[] { titled }.Concat(window))
        {
            // A styled name may come in several runs ("Marcus" "Reyes"), a title style or the document's bold first line
            // (first and last name set apart by a tab); a plain line may be "Name | contact".
            var whole = NamePart(line.Text);
            if (line.Segments.Count > 1 && (line.IsTitle || line.HeadingLevel == 1 || line == window[0] && line.Bold && line.Segments.Count <= 3)
                && Plausible(whole)
                && line.Segments.All(s => !s.Text.Contains(' ')))
            {
                segments.UnionWith(line.Segments);
                lines.Add(line);
                return (whole, lines, segments);
            }
            var first = line.Segments[0];
            var text = NamePart(first.Text);
            if (Plausible(text))
            {
                segments.Add(first);
                lines.Add(line);
                // A template's name set in large type over two lines, the surname under the first name ("Dr. Andrey" /
                // "Vlasenko" in a text box): the next line in the same large type, a word or two that could be no
                // title, is the name's second line.
                var at = window.IndexOf(line);
                if (line.Larger && line.Segments.Count == 1 && at >= 0 && at + 1 < window.Count && window[at + 1] is { Larger: true, Segments.Count: 1 } next
                    && NamePart(next.Text) is var rest && Plausible(rest) && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2
                    && !rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(RoleWords.IsTitleWord)
                    && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && Plausible(text + " " + rest))
                {
                    segments.Add(next.Segments[0]);
                    lines.Add(next);
                    return (text + " " + rest, lines, segments);
                }
                return (text, lines, segments);
            }
        }
        return (Plausible(documentTitle) ? documentTitle : null, lines, segments);
    }

    /// <summary>
    /// A signature: one word in the header's largest type (a first name in a script face under the photo) below a line of
    /// two words or more set nearly as large. The name is that line; the signature only repeats part of it.
    /// </summary>
    private static LineSegment? Signature(List<TextLine> window, double max)
    {
        var largest = window.SelectMany(l => l.Segments).Where(s => s.Size >= max - 0.6 && Plausible(NamePart(s.Text))).ToList();
        if (largest.Count != 1 || NamePart(largest[0].Text).Contains(' '))
        {
            return null;
        }
        var above = window.TakeWhile(l => !l.Segments.Contains(largest[0])).SelectMany(l => l.Segments);
        return above.Any(s => s.Size >= 0.8 * max && NamePart(s.Text).Contains(' ') && Plausible(NamePart(s.Text))) ? largest[0] : null;
    }

    /// <summary>Running text, not an address or a list of names: mostly lower-case words.</summary>
    private static bool IsProse(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(w => char.IsLower(w[0])) * 2 >= words.Length;
    }

    /// <summary>"Name | Title", "NAME – Title": a bar or a spaced en or em dash ends the name (a double-barrelled name
    /// joins its halves with an unspaced hyphen).</summary>
    private static string NamePart(string text)
    {
        text = TitledName.Strip(text);
        var end = NameEnd().Match(text);
        var name = WithoutHonorific(WithoutCredentials((end.Success && end.Index > 0 ? text[..end.Index] : text).Trim().TrimEnd(',')));
        return TrailingTitle(name) is { } title ? name[..^title.Length].TrimEnd() : name;
    }

    /// <summary>
    /// "Alexandre Jammes Cloud Architect": the name and the title set on one line in one size with no separator. The
    /// line ends with a title of two words or more, each a title word and the last one heading it, after two or three
    /// words none of which could stand in a title; a one-word title is left alone, for surnames are trade names too
    /// ("Mary Ann Cook").
    /// </summary>
    private static string? TrailingTitle(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 4 or > 7 || !RoleWords.EndsWithHead(text))
        {
            return null;
        }
        for (var k = 2; k <= 3 && words.Length - k >= 2; k++)
        {
            if (RoleWords.IsTitleWord(words[k - 1]))
            {
                return null;
            }
            if (words.Skip(k).All(RoleWords.IsTitleWord))
            {
                return string.Join(' ', words.Skip(k));
            }
        }
        return null;
    }

    /// <summary>A form typed as sentences ends each value with a stop ("Nombre: Ana Ruiz Soto."); it closes the
    /// value, not the name. A short last word keeps its point ("Jr.", "Sr."), which abbreviates it.</summary>
    private static string WithoutClosingStop(string text)
    {
        var t = text.TrimEnd();
        if (!t.EndsWith('.') || t.EndsWith("..", StringComparison.Ordinal))
        {
            return t;
        }
        var lastWord = t[(t.LastIndexOf(' ') + 1)..^1];
        return lastWord.Length >= 4 && lastWord.All(char.IsLetter) ? t[..^1] : t;
    }

    /// <summary>"Dr. Amara Okafor", "Prof Jan Roe": a form of address before the name is no part of it.</summary>
    private static string WithoutHonorific(string text)
    {
        var space = text.IndexOf(' ');
        return space > 0 && Honorifics.Contains(text[..space].TrimEnd('.')) && text[(space + 1)..].TrimStart() is { Length: > 0 } rest
            && char.IsUpper(rest[0]) ? rest : text;
    }

    private static readonly FrozenSet<string> Honorifics = new[]
    {
        "Dr", "DR", "Prof", "PROF", "Professor", "Mr", "MR", "Mrs", "MRS", "Ms", "MS", "Mx", "Miss", "Engr", "Dott", "Dra",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Jordan Lee, BSN, RN", "Ana Ruiz, PhD": letters after the name are degrees and licences, not the
    /// name. Only trailing comma parts that are all such abbreviations go, and two words of name must stay.</summary>
    internal static string WithoutCredentials(string text)
    {
        var comma = text.IndexOf(',');
        if (comma <= 0 || text[..comma].Count(c => c == ' ') < 1)
        {
            return text;
        }
        var parts = text[(comma + 1)..].Split(',', StringSplitOptions.TrimEntries);
        return parts.All(IsCredential) ? text[..comma].TrimEnd() : text;
    }

    private static bool IsCredential(string part)
    {
        var letters = part.Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return letters.Length is >= 2 and <= 7 && letters.All(char.IsAsciiLetter) && char.IsUpper(letters[0])
            && letters.Count(char.IsUpper) >= 2 && letters.Any(c => c is not ('I' or 'V' or 'X'));
    }

    private static bool Plausible(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60 || text.Any(char.IsDigit) || text.Contains('@')
            || text.Contains("://", StringComparison.Ordinal) || text.Contains(':') || text.Contains('：'))
        {
            return false; // "求职意向：Web 前端": the full-width colon of Chinese and Japanese labels a field as ":" does
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (DocumentTitle().IsMatch(text))
        {
            return false; // "Curriculum Vitae", "Resume": what the document is, not whose
        }
        if (words > 6 || HeadingLexicon.Match(text) is { Exact: true } || ContactParser.IsContactPiece(text))
        {
            return false;
        }
        if (text.Contains(',') && Places.Score(text) >= 4)
        {
            return false; // "Munich, Bavaria, Germany": where the name's glyphs did not extract, the line below is a place
        }
        return text.Count(char.IsLetter) >= 2;
    }

    private static IEnumerable<string> SplitPieces(string text)
    {
        // "(425) 408 – 2655": a number's last group set off by a spaced dash is still the number's, though a spaced dash
        // elsewhere parts the header's pieces. Two groups before it (an area code and the exchange) tell it from a range.
        if (text.Contains(" – ", StringComparison.Ordinal) || text.Contains(" — ", StringComparison.Ordinal)
            || text.Contains(" ‒ ", StringComparison.Ordinal))
        {
            text = SpacedDashInNumber().Replace(text, "$1-$2");
        }
        // "0176 / 363 53547": a spaced slash after a trunk-zero area code parts the number's groups, not two pieces.
        if (text.Contains(" / ", StringComparison.Ordinal))
        {
            text = SpacedSlashAfterAreaCode().Replace(text, "$1/");
        }
        foreach (var piece in PieceSeparators().Split(text))
        {
            var t = WithoutKindLabel(piece.Trim(), networks: false);
            if (t.Length > 0)
            {
                yield return t;
            }
        }
    }

    /// <summary>Links, e-mail addresses and place names that wrapped in a narrow column are put back together.</summary>
    private static List<string> JoinWrapped(List<(string Text, bool LineFull, bool Alone, int Line)> input)
    {
        var pieces = input.Select(p => p.Text).ToList();
        var lines = input.Select(p => p.Line).ToList();
        var full = input.Select(p => p.LineFull).ToList();
        // The rest of a wrapped address stands alone on its line; a line of several pieces starts something new.
        var alone = input.Select(p => p.Alone).ToList();
        var result = new List<string>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            // A number wrapped in a narrow column ("+234 803 666" / "6739"): the last group stands alone below.
            if (i + 1 < pieces.Count && alone[i + 1] && PhoneTail().IsMatch(pieces[i + 1]) && ContactParser.FindPhone(piece) is { } phone
                && piece.TrimEnd().EndsWith(phone, StringComparison.Ordinal)
                && ContactParser.FindPhone(piece + " " + pieces[i + 1]) is { } longer && longer.Length > phone.Length)
            {
                piece = piece + " " + pieces[i + 1];
                pieces.RemoveAt(i + 1);
                full.RemoveAt(i + 1);
                alone.RemoveAt(i + 1);
                lines.RemoveAt(i + 1);
            }
            // A number broken earlier ("+55 11" / "90661-9715"): the first line holds too few digits to be a number,
            // the next is digits alone, and together they read as one number.
            else if (i + 1 < pieces.Count && alone[i + 1] && PhoneChars().IsMatch(piece) && piece.Count(char.IsAsciiDigit) < 7
                && PhoneChars().IsMatch(pieces[i + 1])
                && ContactParser.FindPhone(piece + " " + pieces[i + 1]) is { } joined && joined.Length >= piece.Length + pieces[i + 1].Length)
            {
                piece = piece + " " + pieces[i + 1];
                pieces.RemoveAt(i + 1);
                full.RemoveAt(i + 1);
                alone.RemoveAt(i + 1);
                lines.RemoveAt(i + 1);
            }
            var open = OpenEnded(piece);
            if (open == WrapKind.Link && !full[i])
            {
                open = WrapKind.None;
            }
            if (open != WrapKind.None)
            {
                var limit = open is WrapKind.Hyphen or WrapKind.Address ? Math.Min(pieces.Count, i + 4) : Math.Min(pieces.Count, i + 2);
                for (var j = i + 1; j < limit; j++)
                {
                    var next = WithoutKindLabel(pieces[j], networks: true);
                    // The rest of a cut address ("mail.com", "uk") may itself look like a web address.
                    if (open == WrapKind.Address && alone[j] && !next.Contains(' ') && !next.Contains('@') && next.Length <= 40
                        && char.IsLower(next[0]) && !next.Contains("://", StringComparison.Ordinal)
                        && !next.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                    {
                        piece += next;
                        pieces.RemoveAt(j);
                        full.RemoveAt(j);
                        alone.RemoveAt(j);
                        lines.RemoveAt(j);
                        break;
                    }
                    // A name hyphenated where a narrow column broke it ("ma-" / "teus.kowalczyk@hey.com"): the rest is
                    // an address itself, and the part before the break has no mark of one. Text set beside the column
                    // on the first half's line (a title beside the contact column) stands between them in reading order.
                    // The rest may share its row with text beside the column (the second line of a large name), so long
                    // as it opens that row and is an address by itself.
                    if (open == WrapKind.Hyphen && (alone[j] || lines[j - 1] != lines[j] && ContactParser.Email().IsMatch(next))
                        && !next.Contains(' ') && next.Length <= 60
                        && Enumerable.Range(i + 1, j - i - 1).All(k => lines[k] == lines[i])
                        && (ContactParser.Email().IsMatch(next) || ContactParser.Url().IsMatch(next))
                        && piece.Length <= 20 && piece[..^1].All(char.IsLetterOrDigit))
                    {
                        piece = piece[..^1] + next;
                        pieces.RemoveAt(j);
                        full.RemoveAt(j);
                        alone.RemoveAt(j);
                        lines.RemoveAt(j);
                        break;
                    }
                    // A compound place broken at its own hyphen ("Born 1988 in Saint-" / "Petersburg, Russia"): both
                    // halves are capitalised, so the hyphen stays.
                    if (open == WrapKind.Hyphen && alone[j] && j == i + 1 && next.Length <= 60 && char.IsUpper(next[0])
                        && LastWord(piece) is { Length: >= 3 } word && char.IsUpper(word[0]) && !ContactParser.IsContactPiece(next))
                    {
                        piece += next;
                        pieces.RemoveAt(j);
                        full.RemoveAt(j);
                        alone.RemoveAt(j);
                        lines.RemoveAt(j);
                        break;
                    }
                    if (!next.Contains(' ') && next.Length <= 40 && !ContactParser.IsContactPiece(next) && alone[j]
                        && (open is WrapKind.Hyphen or WrapKind.Address || char.IsLower(next[0]) || next.Contains('/') || next.Contains('.')))
                    {
                        piece += next;
                        pieces.RemoveAt(j);
                        full.RemoveAt(j);
                        alone.RemoveAt(j);
                        lines.RemoveAt(j);
                        break;
                    }
                }
            }
            result.Add(piece);
        }
        return result;
    }

    /// <summary>"555 0142 7788 (Mobile)", "acme.com (Company)": the kind of an address written in brackets after it is
    /// no part of it. A network's name there ("jdoe42 (GitHub)") says whose handle it is, unless the piece is the rest
    /// of an address wrapped above it ("www.linkedin.com/in/" / "jdoe (LinkedIn)").</summary>
    private static string WithoutKindLabel(string piece, bool networks)
    {
        if (KindLabel().Match(piece) is not { Success: true } m)
        {
            return piece;
        }
        var (address, label) = (m.Groups[1].Value, m.Groups[2].Value);
        if (Networks.ByLabel(label) is not null)
        {
            return networks ? address : piece;
        }
        return address.Any(c => char.IsDigit(c) || c is '.' or '/' or '-' or '@') ? address : piece;
    }

    [GeneratedRegex(@"^(\S+)\s+\((\p{L}+)\)$")]
    private static partial Regex KindLabel();

    private enum WrapKind { None, Hyphen, Address, Link }

    private static string LastWord(string piece) => piece[(piece.LastIndexOf(' ') + 1)..];

    private static WrapKind OpenEnded(string piece)
    {
        if (piece.EndsWith('-') && piece.Length > 2 && char.IsLetterOrDigit(piece[^2]))
        {
            return WrapKind.Hyphen;
        }
        var last = piece[(piece.LastIndexOf(' ') + 1)..];
        var at = last.IndexOf('@');
        if (at >= 0 && (last.IndexOf('.', at) < 0 || last.EndsWith('.')))
        {
            return WrapKind.Address; // an address cut inside its domain is plainly unfinished
        }
        if (last.EndsWith('/') && last.TrimEnd('/').Contains('/') && !last.EndsWith("://", StringComparison.Ordinal))
        {
            return WrapKind.Address; // a link cut right after a folder of its path ("linkedin.com/in/") is plainly unfinished
        }
        if (last.Contains("://", StringComparison.Ordinal) || last.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || last.Contains(".com/", StringComparison.OrdinalIgnoreCase))
        {
            return WrapKind.Link;
        }
        return WrapKind.None;
    }

    [GeneratedRegex(@"^\d{2,4}$")]
    private static partial Regex PhoneTail();

    [GeneratedRegex(@" \| | [–—] ")]
    private static partial Regex NameEnd();

    [GeneratedRegex(@"^\+?\(?\d[\d ().-]*$")]
    private static partial Regex PhoneChars();

    // The Chinese, Japanese and Korean words run into the words beside them ("个人简历", "履 歴 書" spaced out as a form's
    // title is), so they need no word boundary.
    [GeneratedRegex(@"\b(?:curriculum\s+vitae|curr[íi]cul(?:o|um)|hoja\s+de\s+vida|r[ée]sum[ée]|cv|lebenslauf|резюме|βιογραφικό)\b"
        + @"|简\s*历|簡\s*歷|履\s*歴\s*書|職\s*務\s*経\s*歴\s*書|이\s*력\s*서|السيرة\s+الذاتية|קורות\s+חיים", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentTitle();

    // Spaced diamonds, dots and squares split contact lines as bars do ("Town ⋄ +43 664 … ⋄ a@b.c", LaTeX's $\diamond$).
    [GeneratedRegex(@"(?<![\w+])((?:\+\d{1,3}\s?)?(?:\(\d{2,5}\)\s?|\d{2,5}[\s.])\d{2,5}) [–—‒] (\d{3,5})(?![\w.,/])")]
    private static partial Regex SpacedDashInNumber();

    [GeneratedRegex(@"(?<![\w+/.])(0\d{2,5}) / (?=\d{2,8}(?:[ \-]\d{2,8}){0,3}(?![\w/.]))")]
    private static partial Regex SpacedSlashAfterAreaCode();

    [GeneratedRegex(@"\s+[|·•/–—⋄◇◆♦∙⋅●▪]\s+|\s{2,}|\s*[|·•]\s*(?=\S)")]
    private static partial Regex PieceSeparators();

    /// <summary>A form's name written surname first, as the Europass CV asks ("Holloway, Maren"): the person is
    /// "Maren Holloway". One comma between capitalised words, no more than three of them on either side.</summary>
    [GeneratedRegex(@"^\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}),\s*(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2})\s*$")]
    private static partial Regex SurnameFirst();
}
