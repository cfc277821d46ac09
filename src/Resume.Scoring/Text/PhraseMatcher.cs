namespace Resume.Scoring.Text;

/// <summary>
/// Finds many phrases in a text in one pass over its words: a trie of lower-cased tokens built once, matched
/// leftmost-longest ("ASP.NET Core" wins over "ASP.NET"), with no regular expression per phrase. A phrase can be
/// case-sensitive ("Go" is the language, "go" is not), list-only (a lone "R" counts only next to list punctuation or
/// as a whole keyword), and a token ending in '*' matches any word it begins ("test*" finds tests, testing, tested).
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private static readonly HashSet<string> ListSeparators = new(StringComparer.Ordinal)
    {
        ",", "/", ";", "|", "(", ")", "·", "•", ":", "and", "or",
    };

    private readonly Node _root;

    private PhraseMatcher(Node root) => _root = root;

    public static PhraseMatcher<T> Build(IEnumerable<Phrase> phrases)
    {
        var root = new Node();
        foreach (var phrase in phrases)
        {
            var tokens = Tokenizer.Tokenize(phrase.Text);
            if (tokens.Count == 0)
            {
                throw new ArgumentException($"The phrase '{phrase.Text}' has no words.", nameof(phrases));
            }
            var node = root;
            for (var t = 0; t < tokens.Count; t++)
            {
                // "test*": the tokenizer splits the star off; glued to a word, it makes that word a prefix.
                var prefix = t + 1 < tokens.Count && tokens[t].IsWord && tokens[t + 1].Text == "*" && tokens[t + 1].Start == tokens[t].End;
                node = prefix ? node.PrefixChild(tokens[t].Lower) : node.Child(tokens[t].Lower);
                if (prefix)
                {
                    tokens.RemoveAt(t + 1);
                }
            }
            var exact = phrase.CaseSensitive ? tokens.Select(t => t.Text).ToArray() : null;
            (node.Entries ??= []).Add(new Entry(phrase.Value, exact, phrase.ListOnly));
        }
        return new PhraseMatcher<T>(root);
    }

    public List<PhraseMatch<T>> Matches(string text) => Matches(Tokenizer.Tokenize(text));

    public List<PhraseMatch<T>> Matches(IReadOnlyList<TextToken> tokens)
    {
        var found = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            var best = default(Entry);
            var bestEnd = -1;
            Walk(_root, tokens, i, i, ref best, ref bestEnd);
            if (best is not null)
            {
                found.Add(new PhraseMatch<T>(best.Value, tokens[i].Start, tokens[bestEnd - 1].End));
                i = bestEnd;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>Depth-first over the trie (prefix tokens can branch), keeping the longest valid phrase from <paramref name="start"/>.</summary>
    private static void Walk(Node node, IReadOnlyList<TextToken> tokens, int start, int next, ref Entry? best, ref int bestEnd)
    {
        if (node.Entries is not null && next > bestEnd)
        {
            foreach (var entry in node.Entries)
            {
                if (IsValid(entry, tokens, start, next))
                {
                    best = entry;
                    bestEnd = next;
                    break;
                }
            }
        }
        if (next >= tokens.Count)
        {
            return;
        }
        var lower = tokens[next].Lower;
        if (node.Children is not null && node.Children.TryGetValue(lower, out var child))
        {
            Walk(child, tokens, start, next + 1, ref best, ref bestEnd);
        }
        if (node.PrefixChildren is not null && tokens[next].IsWord && node.PrefixChildren.TryGetValue(lower[0], out var byFirst))
        {
            foreach (var (prefix, prefixChild) in byFirst)
            {
                if (lower.StartsWith(prefix, StringComparison.Ordinal))
                {
                    Walk(prefixChild, tokens, start, next + 1, ref best, ref bestEnd);
                }
            }
        }
    }

    private static bool IsValid(Entry entry, IReadOnlyList<TextToken> tokens, int start, int end)
    {
        if (entry.Exact is { } exact)
        {
            for (var k = 0; k < exact.Length; k++)
            {
                if (!string.Equals(exact[k], tokens[start + k].Text, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }
        if (!entry.ListOnly)
        {
            return true;
        }
        var alone = start == 0 && end == tokens.Count;
        var listBefore = start > 0 && ListSeparators.Contains(tokens[start - 1].Lower);
        var listAfter = end < tokens.Count && ListSeparators.Contains(tokens[end].Lower);
        return alone || listBefore || listAfter;
    }

    /// <param name="Text">The phrase as written; matching is on its words.</param>
    /// <param name="CaseSensitive">Match the exact spelling (for short names that are also English words).</param>
    /// <param name="ListOnly">Count it only as a whole keyword or next to list punctuation ("R, Python").</param>
    public sealed record Phrase(string Text, T Value, bool CaseSensitive = false, bool ListOnly = false);

    private sealed record Entry(T Value, string[]? Exact, bool ListOnly);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        /// <summary>Prefix edges by their first character, so a word is compared only with prefixes that can fit.</summary>
        public Dictionary<char, List<(string Prefix, Node Node)>>? PrefixChildren;
        public List<Entry>? Entries;

        public Node Child(string token)
        {
            Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!Children.TryGetValue(token, out var child))
            {
                child = new Node();
                Children.Add(token, child);
            }
            return child;
        }

        public Node PrefixChild(string prefix)
        {
            PrefixChildren ??= [];
            if (!PrefixChildren.TryGetValue(prefix[0], out var edges))
            {
                edges = [];
                PrefixChildren.Add(prefix[0], edges);
            }
            foreach (var (existing, node) in edges)
            {
                if (existing == prefix)
                {
                    return node;
                }
            }
            var child = new Node();
            edges.Add((prefix, child));
            return child;
        }
    }
}
