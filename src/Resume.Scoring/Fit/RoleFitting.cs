using Resume.Model;
using Resume.Scoring.Guides;

namespace Resume.Scoring.Fit;

/// <summary>The guide a résumé is scored against, how well it fits it, and the guide it fits best.</summary>
/// <param name="Measured">The fit to the scored guide; null for the general guide, which fits any field.</param>
/// <param name="BestMeasured">The fit to the best guide; null when no role-specific guide fits (then the best is the general guide).</param>
internal sealed record RoleFitting(CompiledGuide Guide, string Fit, GuideFit? Measured, CompiledGuide BestGuide, GuideFit? BestMeasured, bool Chosen)
{
    public RoleFit ToModel() => new(Guide.Guide.Role, Fit, BestGuide.Guide.Role, Evidence())
    {
        RoleTitle = Guide.Guide.Title,
        BestRoleTitle = BestGuide.Guide.Title,
        Chosen = Chosen,
    };

    /// <summary>For a good fit, the lines that show the role; otherwise the lines that show the better guide's.</summary>
    public IReadOnlyList<string> Evidence() =>
        Fit == RoleFits.Good || BestMeasured is null || BestGuide == Guide
            ? Measured?.Evidence() ?? BestMeasured?.Evidence() ?? []
            : BestMeasured.Evidence();
}

/// <summary>Picks the guide and names the fit, from the measured fits to every role-specific guide.</summary>
internal static class RoleFitJudge
{
    /// <summary>Below this, no role-specific guide fits: the general guide is the best one.</summary>
    public const double SomeFit = 0.3;

    /// <summary>From this, the résumé shows the role's work.</summary>
    public const double GoodFit = 0.45;

    /// <summary>Under this, nothing of the role shows; the same for a fit well under the best guide's.</summary>
    public const double NoFit = 0.15;
    public const double ShareOfBest = 0.3;

    /// <param name="requested">The guide asked for, or null for <c>auto</c>.</param>
    public static RoleFitting Judge(IReadOnlyList<GuideFit> fits, CompiledGuide? requested, CompiledGuide general)
    {
        var best = fits.Count == 0 ? null : fits.Aggregate((a, b) => b.Score > a.Score ? b : a);
        var bestMeasured = best is { Score: >= SomeFit } ? best : null;
        var bestGuide = bestMeasured?.Guide ?? general;

        if (requested is null)
        {
            var fit = bestMeasured is null || bestMeasured.Score >= GoodFit ? RoleFits.Good : RoleFits.Partial;
            return new RoleFitting(bestGuide, fit, bestMeasured, bestGuide, bestMeasured, Chosen: true);
        }
        if (requested.Guide.IsGeneral)
        {
            return new RoleFitting(requested, RoleFits.Good, null, bestGuide, bestMeasured, Chosen: false);
        }

        var measured = fits.First(f => f.Guide == requested);
        string judged;
        if (measured.Score < NoFit || (bestMeasured is not null && bestGuide != requested && measured.Score < ShareOfBest * bestMeasured.Score))
        {
            judged = RoleFits.Poor;
        }
        else if (measured.Score >= GoodFit && (best is null || measured.Score >= best.Score - 0.1))
        {
            judged = RoleFits.Good;
        }
        else
        {
            judged = RoleFits.Partial;
        }
        // The scored guide counts as the best when it is within a whisker of it: naming another would send people in circles.
        if (judged != RoleFits.Poor && best is not null && measured.Score >= best.Score - 0.02)
        {
            bestGuide = requested;
            bestMeasured = measured;
        }
        return new RoleFitting(requested, judged, measured, bestGuide, bestMeasured, Chosen: false);
    }
}
