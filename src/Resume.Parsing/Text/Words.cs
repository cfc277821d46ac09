namespace Resume.Parsing.Text;

/// <summary>Words as a reader counts them: runs of anything but white space.</summary>
internal static class Words
{
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }
        return count;
    }

    /// <summary>The text opens in lower case as a wrapped sentence goes on; a name written with a small first letter
    /// ("iOS Developer", "eBay") opens a line of its own.</summary>
    public static bool StartsInLowerCase(string text)
    {
        if (text.Length == 0 || !char.IsLower(text[0]))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
            if (char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }
}
