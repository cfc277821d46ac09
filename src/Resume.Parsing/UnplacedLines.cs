using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Parsing.Fields;
using Resume.Parsing.Layout;
using Resume.Parsing.Structure;
using Resume.Parsing.Text;

namespace Resume.Parsing;

/// <summary>
/// The invariant that nothing printed is dropped in silence: every line of the document either shows in the result (at
/// least half of its words are found in some field) or is structure, or it is listed as unplaced. Structure is what
/// carries no content of its own: a section's heading (its words count as found), and a line with no content word left
/// once the words that only frame content are set aside (dates' month and "present" words, page-number words, small
/// joining words): a page number, a divider, an icon, a bullet glyph. One pass over the result's words and one over the
/// lines' words, each a set lookup. A document's title ("Curriculum Vitae", "Resume") and a form's labels are structure too.
/// </summary>
internal static partial class UnplacedLines
{
    /// <summary>Longest text listed for one line: a paragraph run into one line is named by its start.</summary>
    private const int MaxTextChars = 200;

    /// <param name="Lines">At most <see cref="ResumeMeta.MaxUnplaced"/>, in document order.</param>
    /// <param name="Total">Every unplaced line.</param>
    /// <param name="Considered">The lines judged (those with any letter or digit).</param>
    /// <param name="PerSection">Per section of the structure (same order): its lines judged and those unplaced.</param>
    public sealed record Finding(List<UnplacedLine> Lines, int Total, int Considered, (int Lines, int Unplaced)[] PerSection);

    public static Finding Find(IReadOnlyList<TextLine> lines, DocumentSections structure, ResumeDocument result)
    {
        var found = ResultWords(result);
        foreach (var section in structure.Sections)
        {
            AddWords(section.Heading, found);
        }

        // Where each line sat: lines the splitter kept as they were are found by reference; a line it rebuilt (a heading
        // run into its first item) sits where the line before it sat.
        var sectionOf = new Dictionary<TextLine, int>(ReferenceEqualityComparer.Instance);
        foreach (var line in structure.Header)
        {
            sectionOf.TryAdd(line, -1);
        }
        for (var i = 0; i < structure.Sections.Count; i++)
        {
            foreach (var line in structure.Sections[i].Lines)
            {
                sectionOf.TryAdd(line, i);
            }
        }

        var perSection = new (int Lines, int Unplaced)[structure.Sections.Count];
        var wrappedLabels = WrappedLabels(lines);
        var listed = new List<UnplacedLine>();
        var (total, considered, at) = (0, 0, -1);
        var words = new List<string>();
        foreach (var line in lines)
        {
            if (sectionOf.TryGetValue(line, out var index))
            {
                at = index;
            }
            var text = line.Text;
            if (Unread(line, text))
            {
                continue;
            }
            words.Clear();
            foreach (var segment in line.Segments)
            {
                // A form's label ("Occupation or position held", a table's "Dates" column head) or a section's name set
                // inside a row names the content beside it: structure, like a heading.
                if (FieldLabels.Of(segment.Text) == FieldLabels.Role.None && HeadingLexicon.Match(segment.Text) is not { Exact: true }
                    && !wrappedLabels.Contains(segment))
                {
                    Tokens(segment.Text, words);
                }
            }
            if (SimpleSections.RatedItem(text) is { Level: var level })
            {
                // "PyTorch: Sehr gut": the level rates the item, which is what the result keeps.
                var rated = new List<string>();
                Tokens(level, rated);
                words.RemoveAll(rated.Contains);
            }
            if (words.Count == 0)
            {
                continue;
            }
            considered++;
            if (at >= 0)
            {
                perSection[at].Lines++;
            }
            if (Placed(words, found))
            {
                continue;
            }
            total++;
            if (at >= 0)
            {
                perSection[at].Unplaced++;
            }
            if (listed.Count < ResumeMeta.MaxUnplaced)
            {
                var shown = text.Trim();
                shown = shown.Length > MaxTextChars ? shown[..(MaxTextChars - 1)].TrimEnd() + "…" : shown;
                listed.Add(new UnplacedLine(shown, at >= 0 ? structure.Sections[at].Heading : null));
            }
        }
        return new Finding(listed, total, considered, perSection);
    }

    /// <summary>
    /// Lines the result leaves out on purpose: a lone label closed by a colon ("Aufgaben:", "Technical:") names the lines
    /// after it, which are judged on their own; a personal detail ("Date of birth: …", "Marital status | …") has no
    /// field in the format, and is not read so that nothing downstream judges people by it.
    /// </summary>
    private static bool Unread(TextLine line, string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length is > 1 and <= 40 && trimmed[^1] == ':' && Words.Count(trimmed) <= 4)
        {
            return true;
        }
        // A rating set on a line of its own beside or under a skill ("Expert", "GOOD", "B2") rates it, as a gauge would.
        if (trimmed.Length is > 1 and <= 20 && SimpleSections.IsLevelWord(trimmed.ToString()))
        {
            return true;
        }
        // A line rebuilt from its text alone (a heading split off a table row) has no segments of its own.
        return PersonalFields.IsLabelled(line.Segments.Count > 0 ? line.Segments[0].Text : text, text);
    }

    /// <summary>At least half of the line's content words are in the result; a line of framing words alone is structure.</summary>
    private static bool Placed(List<string> words, HashSet<string> found)
    {
        var (content, hits) = (0, 0);
        foreach (var word in words)
        {
            if (found.Contains(word))
            {
                content++;
                hits++;
            }
            else if (!Framing(word))
            {
                content++;
            }
        }
        return hits * 2 >= content;
    }

    private static bool Framing(string word) => JoiningWords.Contains(word) || DateWord().IsMatch(word);

    /// <summary>Words that join or frame content in the languages the parser reads, and the words of page numbers
    /// ("Page 2 of 3", "Seite 2", "p. 2").</summary>
    private static readonly FrozenSet<string> JoiningWords = new[]
    {
        "and", "or", "the", "of", "in", "at", "to", "for", "with", "on", "by", "from", "as", "an", "via", "per", "is", "are",
        "was", "my", "our", "we", "its", "into", "over", "since", "until", "till", "through", "incl", "etc",
        "und", "der", "die", "das", "im", "am", "zu", "bei", "mit", "von", "vom", "bis", "seit",
        "de", "la", "le", "les", "des", "du", "et", "en", "au", "aux", "un", "une",
        "el", "los", "las", "del", "y", "con", "para", "por", "da", "do", "dos", "das", "e", "em", "com",
        "il", "di", "con", "van", "het", "een", "tot", "op",
        "curriculum", "vitae", "resume", "cv", "lebenslauf", "europass",
        // The names of contact fields printed over or beside their values ("PHONE", "E-Mail", "LinkedIn").
        "phone", "telephone", "tel", "telefon", "telefoon", "telefone", "telefono", "mobile", "mobil", "handy", "cell", "celular",
        "email", "mail", "address", "adresse", "endereco", "direccion", "indirizzo", "adres", "linkedin", "github", "website",
        "web", "homepage", "portfolio", "contact", "kontakt", "contacto", "contato", "contatti",
        "page", "pages", "seite", "pagina", "página", "strona", "sida", "side", "pg", "pp",
        "present", "current", "currently", "now", "today", "ongoing", "heute", "aktuell", "jetzt", "dato", "actual",
        "actualidad", "presente", "atual", "oggi", "heden", "nu", "date", "onwards", "onward",
    }.ToFrozenSet();

    [GeneratedRegex("^(?:" + DateWords.Month + "|" + DateWords.Season + @")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateWord();

    /// <summary>Every word of every string of the result outside <c>meta</c>, read from its JSON so that every field,
    /// present or future, counts.</summary>
    private static HashSet<string> ResultWords(ResumeDocument result)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var json = JsonSerializer.SerializeToUtf8Bytes(result with { Meta = new ResumeMeta() }, ResumeJson.Compact);
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                AddWords(reader.GetString(), found);
            }
        }
        return found;
    }

    private static void AddWords(string? text, HashSet<string> into)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        var words = new List<string>();
        Tokens(text, words);
        foreach (var word in words)
        {
            into.Add(word);
        }
    }

    /// <summary>Runs of letters and digits, folded to lower case without accents; single characters are left out (a
    /// bullet letter, an initial, a day's digit say little on their own).</summary>
    private static void Tokens(string text, List<string> into)
    {
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var overflow = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length < buffer.Length)
                {
                    buffer[length] = Accents.FoldLower(c);
                }
                else
                {
                    overflow = true;
                }
                length++;
                continue;
            }
            if (length >= 2)
            {
                into.Add(overflow ? new string(buffer) : new string(buffer[..length]));
            }
            length = 0;
            overflow = false;
        }
    }

    /// <summary>The two halves of a label that wrapped in its column ("Name und Adresse des" / "Arbeitgebers"): neither
    /// names a field alone, together they do, so both are structure.</summary>
    private static HashSet<LineSegment> WrappedLabels(IReadOnlyList<TextLine> lines)
    {
        var pieces = new HashSet<LineSegment>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Segments.Count > 0 && lines[i + 1].Segments.Count > 0 && lines[i].HasGeometry
                && FieldLabels.Of(lines[i].Segments[0].Text + " " + lines[i + 1].Segments[0].Text) != FieldLabels.Role.None)
            {
                pieces.Add(lines[i].Segments[0]);
                pieces.Add(lines[i + 1].Segments[0]);
            }
        }
        return pieces;
    }
}
