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
            : w.Name is { } place && IsHome(place, city) && w.Location is null && w.Position is { } both && both.Contains(", ", StringComparison.Ordinal)
                && RoleParser.Parse([both]) is { Position: { } title, Organisation: { } organisation }
                ? w with { Name = organisation, Position = title, Location = place }
                : w).ToList();
    }

    /// <summary>"Company, Title – Graz, Styria": when the piece taken for the employer is the resume's own town, it is
    /// where the job was, and the other piece holds both the employer and the title.</summary>
    private static bool IsHome(string name, string city)
    {
        var first = name.Split(',', 2)[0].Trim().TrimEnd('.');
        return string.Equals(first, city, StringComparison.OrdinalIgnoreCase) && name.Length <= city.Length + 40;
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
