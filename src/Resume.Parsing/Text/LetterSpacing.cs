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
}
