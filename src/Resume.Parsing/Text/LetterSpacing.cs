namespace Resume.Parsing.Text;

/// <summary>Reads letter-spaced headings ("E X P E R I E N C E", "S U M M A RY") as words.</summary>
internal static class LetterSpacing
{
    public static string Collapse(string text)
    {
        if (text.Length < 5 || !text.Contains(' '))
        {
            return text;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4)
        {
            return text;
        }
        var single = 0;
        foreach (var w in words)
        {
            if (w.Length > 3)
            {
                return text;
            }
            if (w.Length == 1)
            {
                single++;
            }
        }
        if (single * 10 < words.Length * 6)
        {
            return text;
        }
        // Wider gaps between words survive as double spaces in some producers; elsewhere the words simply run together.
        if (text.Contains("  ", StringComparison.Ordinal))
        {
            return string.Join(' ', text.Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace(" ", "", StringComparison.Ordinal)));
        }
        return string.Concat(words);
    }

    /// <summary>
    /// A word set letter-spaced inside running text ("2021-05-01 t o 2023-05-01", "U n t i l"): its letters come out
    /// as words of one letter each. A run of two or more one-letter words, all after the first in lower case, is one
    /// word; initials ("J K Rowling") are capitals and stay apart.
    /// </summary>
    public static string JoinSpacedWord(string text)
    {
        if (!HasSpacedPair(text))
        {
            return text;
        }
        var words = text.Split(' ');
        var joined = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var end = i;
            while (IsLetter(words, i) && end + 1 < words.Length && words[end + 1] is [var next] && char.IsLower(next))
            {
                end++;
            }
            // "y a", "i w", "z o": one-letter words of other languages next to each other are words, not letters.
            var spaced = end > i && words[i..(end + 1)].Any(w => !OneLetterWords.Contains(char.ToLowerInvariant(w[0])));
            joined.Add(spaced ? string.Concat(words[i..(end + 1)]) : string.Join(' ', words[i..(end + 1)]));
            i = end;
        }
        return string.Join(' ', joined);
    }

    private const string OneLetterWords = "aeiouyàáéèóòùwzksv";

    private static bool IsLetter(string[] words, int i) => words[i] is [var c] && char.IsLetter(c);

    /// <summary>Cheap test first: one letter alone, then a space and a lower-case letter alone.</summary>
    private static bool HasSpacedPair(string text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && text[i + 1] == ' ' && char.IsLower(text[i + 2]) && (i == 0 || text[i - 1] == ' ')
                && (i + 3 == text.Length || text[i + 3] == ' '))
            {
                return true;
            }
        }
        return false;
    }
}
