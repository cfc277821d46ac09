using System.Collections.Frozen;

namespace Resume.Parsing.Text;

/// <summary>
/// Running text under an entry, told rather than listed: a list item on a resume drops its subject ("Led the audit"),
/// so one that opens in the first person ("Ich war verantwortlich…", "My work mainly consists of…", "J'ai conçu…") is
/// a sentence of the person's own account; and a block wrapped over three lines or more that holds two sentences or
/// more is a paragraph, however its lines are indented. Either is the entry's description, not one of its items.
/// </summary>
internal static class RunningText
{
    /// <summary>First-person subjects and possessives that open a sentence, in the languages resumes are written in.</summary>
    private static readonly FrozenSet<string> FirstPerson = new[]
    {
        // English
        "i", "i'm", "i’m", "i've", "i’ve", "i'd", "my", "we", "our",
        // German, Dutch
        "ich", "mein", "meine", "meinen", "meiner", "wir", "unser", "unsere", "ik", "mijn", "wij", "onze",
        // French
        "je", "j'ai", "j’ai", "j'étais", "j’étais", "mon", "ma", "mes", "nous", "notre",
        // Spanish, Portuguese, Italian
        "yo", "mi", "mis", "eu", "meu", "minha", "meus", "minhas", "io",
        // Scandinavian, Polish
        "jeg", "jag", "mitt", "mój", "moja",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether an unmarked item of <paramref name="lines"/> lines reads as running text; <paramref name="alone"/>
    /// says no other wrapped item stands beside it (a paragraph is one block, a list's items are several).</summary>
    public static bool Reads(string text, int lines, bool alone) =>
        lines >= 2 && OpensInFirstPerson(text) || alone && lines >= 3 && Sentences(text) >= 2;

    /// <summary>"+ Rehabilitación…", "- Reforma…": a line that opens on a typed list mark and a space.</summary>
    public static bool OpensOnListMark(string line)
    {
        var t = line.TrimStart();
        return t.Length > 2 && t[0] is '+' or '-' or '–' or '*' or '·' or '>' or '○' or '◦' && t[1] == ' ';
    }

    public static bool OpensInFirstPerson(string text)
    {
        var t = text.TrimStart();
        var end = 0;
        while (end < t.Length && (char.IsLetter(t[end]) || t[end] is '\'' or '’'))
        {
            end++;
        }
        // "I" alone is the pronoun only before a space ("I led…"), not a numeral or initial ("I. Kant", "I-95").
        if (end == 0 || !char.IsUpper(t[0]) || end < t.Length && t[end] is not ' ' and not ',')
        {
            return false;
        }
        return FirstPerson.Contains(t[..end]) && ReadsOn(t[end..]);
    }

    /// <summary>The words after the pronoun run on as a sentence, mostly in lower case ("My work mainly consists…",
    /// "Meine Aufgaben waren die…"), not as a name in capitals ("My Free Zoo - Performance").</summary>
    private static bool ReadsOn(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4).ToList();
        return words.Count >= 2 && words.Count(w => char.IsLower(w[0])) * 2 >= words.Count;
    }

    /// <summary>Sentences closed inside the text: a full stop, "!" or "?" followed by a space and a capital, plus the
    /// closing one. Abbreviations ("e.g. The", "Dr. Smith") are one letter or two before the stop, and are not counted.</summary>
    public static int Sentences(string text)
    {
        var count = 0;
        var last = text.TrimEnd().Length - 1;
        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] is not ('.' or '!' or '?'))
            {
                continue;
            }
            var closing = k == last;
            var nextIsCapital = k + 2 < text.Length && text[k + 1] == ' ' && char.IsUpper(text[k + 2]);
            if ((closing || nextIsCapital) && WordBefore(text, k) >= 3)
            {
                count++;
            }
        }
        return count;
    }

    private static int WordBefore(string text, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }
        return stop - start;
    }
}
