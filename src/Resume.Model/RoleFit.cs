namespace Resume.Model;

/// <summary>How well a résumé shows the work of the role it was scored against, and which guide it fits best.</summary>
/// <param name="Role">The guide the résumé was scored against (the best fitting one when <c>auto</c> was asked for).</param>
/// <param name="Fit">One of <see cref="RoleFits"/>.</param>
/// <param name="BestRole">The guide the résumé fits best; the same as <paramref name="Role"/> when that is the best.</param>
/// <param name="Evidence">The résumé's own titles, skills, studies and lines the judgement rests on.</param>
public sealed record RoleFit(string Role, string Fit, string BestRole, IReadOnlyList<string> Evidence)
{
    public string RoleTitle { get; init; } = "";
    public string BestRoleTitle { get; init; } = "";

    /// <summary>The role was picked by fit (<c>auto</c>), not named by the caller.</summary>
    public bool Chosen { get; init; }
}

public static class RoleFits
{
    /// <summary>The résumé shows the role's work.</summary>
    public const string Good = "good";

    /// <summary>Some of the role's work shows, or another guide fits about as well.</summary>
    public const string Partial = "partial";

    /// <summary>The résumé does not show the role's work; another guide fits it better.</summary>
    public const string Poor = "poor";
}
