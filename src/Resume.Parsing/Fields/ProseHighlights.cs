using Resume.Parsing.Text;

namespace Resume.Parsing.Fields;

/// <summary>
/// A job's achievements written as running text ("Automated the reconciliations. Prepared the forecasts. Led the
/// audit.") are the same list a bulleted résumé gives, only set as a paragraph (job boards' profile exports, plain
/// templates): each sentence that opens with something done is a highlight. A paragraph that describes the job or the
/// employer ("The finance team of …") is its summary.
/// </summary>
internal static class ProseHighlights
{
    /// <summary>Words that end with a full stop inside a sentence.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "approx", "inc", "ltd", "co", "corp", "dr", "mr", "mrs", "ms", "st", "no", "dept", "jr", "sr",
    };

    /// <summary>The sentences of <paramref name="paragraph"/> when at least two of them and two in three of all open with
    /// an action verb; null otherwise.</summary>
    public static List<string>? Split(string paragraph)
    {
        var sentences = Sentences(paragraph);
        if (sentences.Count < 2)
        {
            return null;
        }
        var done = sentences.Count(ActionVerbs.StartsWithOne);
        return done >= 2 && done * 3 >= sentences.Count * 2 ? sentences : null;
    }

    private static List<string> Sentences(string paragraph)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is '.' or '!' or '?' && (i + 1 == paragraph.Length || paragraph[i + 1] == ' ' && EndsSentence(paragraph, start, i)))
            {
                Add(paragraph[start..i]);
                start = i + 1;
            }
        }
        Add(paragraph[start..]);
        return result;

        void Add(string sentence)
        {
            var trimmed = sentence.Trim();
            trimmed = trimmed.EndsWith('.') && !trimmed.EndsWith("..", StringComparison.Ordinal) ? trimmed[..^1] : trimmed;
            if (trimmed.Length > 0)
            {
                result.Add(trimmed);
            }
        }
    }

    /// <summary>A full stop ends a sentence when a capital or digit follows and the word it closes is no abbreviation
    /// nor an initial ("U.S.", "J.").</summary>
    private static bool EndsSentence(string text, int start, int stop)
    {
        var next = stop + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }
        if (next == text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next])))
        {
            return false;
        }
        var wordStart = text.LastIndexOf(' ', stop - 1, stop - start) + 1;
        var word = text[Math.Max(wordStart, start)..stop];
        return word.Length > 1 && !word.Contains('.') && !Abbreviations.Contains(word);
    }
}
