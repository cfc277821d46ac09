namespace Resume.Scoring;

/// <summary>The role guides the scorer knows, loaded once and validated.</summary>
public sealed class RoleGuideCatalog
{
    public const string DefaultRole = "backend-developer";

    public static RoleGuideCatalog BuiltIn { get; } = new([DefaultRole]);

    private readonly HashSet<string> _roles;

    private RoleGuideCatalog(IEnumerable<string> roles) => _roles = new HashSet<string>(roles, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Roles => _roles;

    public bool Contains(string role) => _roles.Contains(role);
}
