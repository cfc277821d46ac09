namespace Resume.Scoring.Text;

/// <summary>
/// Splits text into words and punctuation the way skill names are written: dots, hyphens and apostrophes between
/// letters stay inside a word ("Node.js", "Objective-C", "ASP.NET"), a leading dot starts one (".NET"), trailing
/// '#' and '+' belong to it ("C#", "C++"), and every other mark is a token of its own ("CI/CD" is ci, /, cd).
/// Working on whole words is what keeps "Java" out of "JavaScript" and "Go" out of "Google".
/// </summary>
internal static class Tokenizer
{
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c) || (c == '.' && StartsDotWord(text, i)))
            {
                var start = i;
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if (d is '.' or '-' or '\'' or '’' or '_' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                while (i < text.Length && text[i] is '#' or '+')
                {
                    i++;
                }
                Add(start, i, isWord: true);
                continue;
            }

            Add(i, i + 1, isWord: false);
            i++;
        }
        return tokens;

        void Add(int start, int end, bool isWord)
        {
            var word = text[start..end];
            tokens.Add(new TextToken(word, word.ToLowerInvariant(), start, isWord));
        }
    }

    private static bool StartsDotWord(string text, int i) =>
        i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
}
