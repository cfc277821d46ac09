namespace Resume.Parsing.Fields;

/// <summary>
/// A job whose header names only its employer and dates ("2010 – Acme Ltda") and whose body spells the rest out as a
/// form's lines ("Duração: 1 ano.", "Cargo: Analista.", "Função: Estagiário."): the line labelled with the post is the
/// job's title. Forms in every language word that label ("Cargo:", "Puesto:", "Poste :", "Position:", "Funktion:").
/// </summary>
internal static class LabelledTitle
{
    /// <summary>The title a body line labels, and the body without that line; null when no line labels one. A label
    /// for the post held ("Cargo", "Position") wins over one for the function filled ("Função", "Fonction"), which
    /// forms print beside it for the job's duties.</summary>
    public static (string Title, List<string> Body)? Find(IReadOnlyList<string> body)
    {
        var best = -1;
        var bestRank = int.MaxValue;
        for (var i = 0; i < body.Count; i++)
        {
            if (Split(body[i]) is not { } pair || FieldLabels.Of(pair.Label) != FieldLabels.Role.Position)
            {
                continue;
            }
            var rank = IsFunctionWord(pair.Label) ? 1 : 0;
            if (rank < bestRank)
            {
                (best, bestRank) = (i, rank);
            }
        }
        if (best < 0)
        {
            return null;
        }
        var rest = body.Where((_, i) => i != best).ToList();
        return (Split(body[best])!.Value.Value, rest);
    }

    /// <summary>The post a line names under a label for it ("Cargo: Analista de Negócios." gives "Analista de Negócios"),
    /// or null.</summary>
    public static string? Of(string line) =>
        Split(line) is { } pair && FieldLabels.Of(pair.Label) == FieldLabels.Role.Position ? pair.Value : null;

    /// <summary>"Cargo: Analista" as its label and its value; a label is a few words before the first colon.</summary>
    private static (string Label, string Value)? Split(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > 30)
        {
            return null;
        }
        var (label, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
        return value.Length is > 0 and <= 80 && label.Count(c => c == ' ') < 3 ? (label, value) : null;
    }

    private static bool IsFunctionWord(string label) => label.Trim().ToLowerInvariant()
        is "função" or "funcao" or "fonction" or "funktion" or "función" or "funcion" or "funzione";
}
