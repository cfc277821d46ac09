using Resume.Model;

namespace Resume.Parsing.Fields;

/// <summary>
/// The town of the resume's own address, written after an employer ("Willowbrook LLC, Nantes, Pays de la Loire"), is
/// where the job was, not part of the employer's name: no place list knows every town, but the resume names its own.
/// </summary>
internal static class HomePlace
{
    public static List<Work> Apply(List<Work> work, Location? home)
    {
        if (home?.City is not { Length: >= 2 } city)
        {
            return work;
        }
        return work.Select(w => w.Name is { } name && Split(name, city) is { } split
            ? w with { Name = split.Head, Location = w.Location ?? split.Place }
            : w).ToList();
    }

    private static (string Head, string Place)? Split(string name, string city)
    {
        var parts = name.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < parts.Length; i++)
        {
            if (string.Equals(parts[i].TrimEnd('.'), city, StringComparison.OrdinalIgnoreCase))
            {
                return (string.Join(", ", parts[..i]), string.Join(", ", parts[i..]).TrimEnd('.'));
            }
        }
        return null;
    }
}
