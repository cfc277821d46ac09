namespace Resume.Parsing.Text;

/// <summary>
/// Characters that steer a terminal or the direction of text but are no part of what it says: bidirectional overrides,
/// embeddings, isolates and marks, C0 and C1 controls, and ANSI escape sequences (<c>ESC [ 31 m</c>). Left in, a name
/// wrapped in them no longer looks like a name; taken out, the letters read as written. Joiners are not among them.
/// </summary>
internal static class ControlCharacters
{
    private const char Escape = '\u001B';
    private const char ControlSequenceIntroducer = '\u009B';

    /// <summary>U+202A–202E (embeddings, overrides), U+2066–2069 (isolates), U+200E/200F and U+061C (direction marks).</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary>C0 controls but the tab, line and page breaks text is laid out with; DEL and the C1 controls but the
    /// next-line break (U+0085), which separates words like any line break.</summary>
    public static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || c is >= '\u007F' and <= '\u009F' and not '\u0085';

    /// <summary>How many characters the escape sequence at <paramref name="i"/> spans (0 when none starts there).</summary>
    public static int EscapeLength(string text, int i)
    {
        var c = text[i];
        if (c == ControlSequenceIntroducer)
        {
            return ControlSequenceLength(text, i + 1) - i;
        }
        if (c != Escape)
        {
            return 0;
        }
        if (i + 1 >= text.Length)
        {
            return 1;
        }
        return text[i + 1] switch
        {
            '[' => ControlSequenceLength(text, i + 2) - i,
            // Operating system command (a window title, an OSC 8 link): up to BEL or ESC \.
            ']' => StringEnd(text, i + 2) - i,
            >= ' ' and <= '~' => 2,
            _ => 1,
        };
    }

    /// <summary>Whether <see cref="Strip"/> would change <paramref name="text"/>.</summary>
    public static bool Any(string text)
    {
        foreach (var c in text)
        {
            if (IsControl(c) || IsBidiControl(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><paramref name="text"/> without bidirectional controls, controls and escape sequences.</summary>
    public static string Strip(string text)
    {
        if (!Any(text))
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var skip = EscapeLength(text, i);
            if (skip > 0)
            {
                i += skip - 1;
                continue;
            }
            if (!IsControl(text[i]) && !IsBidiControl(text[i]))
            {
                builder.Append(text[i]);
            }
        }
        return builder.ToString();
    }

    /// <summary>The end of a CSI sequence: parameter and intermediate bytes, then one final byte (@ to ~).</summary>
    private static int ControlSequenceLength(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] is >= ' ' and <= '?')
        {
            i++;
        }
        return i < text.Length && text[i] is >= '@' and <= '~' ? i + 1 : i;
    }

    private static int StringEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\u0007')
            {
                return i + 1;
            }
            if (text[i] == Escape)
            {
                return i + 1 < text.Length && text[i + 1] == '\\' ? i + 2 : i;
            }
            if (text[i] is '\n' or '\r')
            {
                return i; // an unterminated string ends with its line
            }
        }
        return text.Length;
    }
}
