namespace Resume.Parsing.Text;

/// <summary>Writing systems whose characters each carry a word or a syllable (Chinese ideographs, Japanese kana, Korean
/// Hangul): they set no space between words, so a line of them is many words however few spaces it holds, and a name of
/// two of them is as long as a Latin name of two words.</summary>
internal static class Scripts
{
    /// <summary>An ideograph, a kana or a Hangul syllable (not the full-width Latin letters and signs set among them).</summary>
    public static bool IsSyllabic(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or >= '\u2E80' and <= '\u2FDF'
            or >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF'
            or >= '\u3130' and <= '\u318F';

    /// <summary>How many of a text's characters are syllabic.</summary>
    public static int SyllabicCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsSyllabic(c))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Whether a text has any syllabic character.</summary>
    public static bool HasSyllabic(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsSyllabic(c))
            {
                return true;
            }
        }
        return false;
    }
}
