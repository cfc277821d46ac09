using Resume.Model;
using Resume.Scoring.Fit;

namespace Resume.Scoring.Checks;

/// <summary>
/// Whether the résumé shows the work of the role it is scored for: a title of the role, its skills, studies in its
/// field, and the kinds of work its guide asks for. A poor fit says which guide fits better, and comes first.
/// </summary>
internal sealed class RoleFitCheck : ResumeCheck
{
    public override string Id => CheckIds.RoleFit;
    public override string Title => "The résumé shows the role's work";
    public override int Weight => 10;
    public override string Category => ScoreCategories.Content;

    public override CheckOutcome Run(CheckContext context)
    {
        var fitting = context.Fitting;
        var role = fitting.Guide.Guide.Title;
        var best = fitting.BestGuide.Guide;
        var evidence = fitting.Evidence().ToList();

        if (fitting.Measured is not { } measured)
        {
            // The general guide holds for any field; it only points to a closer one.
            var closer = fitting.BestMeasured is not null
                ? $" For a closer look, the {best.Title} guide fits this résumé: scan it with that role to be judged on its skills too."
                : "";
            return CheckOutcome.Pass(1, $"The {role} guide holds for résumés of every field, so it judges what any reader looks for.{closer}", evidence);
        }

        var signs = Signs(measured);
        switch (fitting.Fit)
        {
            case RoleFits.Good:
                var how = fitting.Chosen ? $"Scored against the {role} guide, the one this résumé fits best" : $"The résumé fits the {role} guide";
                return CheckOutcome.Pass(1, $"{how}: {Wording.Join(signs)}.", evidence);

            case RoleFits.Partial:
                var shown = signs.Count > 0 ? $" ({Wording.Join(signs)})" : "";
                var other = fitting.BestGuide != fitting.Guide ? $"; the {best.Title} guide fits it better" : "";
                var fix = fitting.BestGuide != fitting.Guide
                    ? $"If {role} roles are your aim, name the title in your headline or summary and show its work in your bullets; otherwise scan it with the {best.Title} guide (role '{best.Role}')."
                    : $"Name the {role} title in your headline or summary, list the role's skills you have, and let your bullets show its work.";
                return new CheckOutcome(0.6, CheckStatus.Warn, $"The résumé shows part of {Wording.A(role)}'s work{shown}{other}.",
                    evidence.Count > 0 ? evidence : [context.SectionsLine()], fix);

            default:
                var bestSigns = fitting.BestMeasured is { } bestFit ? Signs(bestFit) : [];
                var better = fitting.BestMeasured is null
                    ? $"No role-specific guide fits it closely either; the {best.Title} guide judges what any reader looks for."
                    : $"It fits the {best.Title} guide: {Wording.Join(bestSigns)}.";
                return new CheckOutcome(0, CheckStatus.Fail,
                    $"This résumé does not show the work of {Wording.A(role)}: {Wording.Join(Lacks(measured))}. {better} Its score for {role} is therefore held below 50.",
                    evidence.Count > 0 ? evidence : [context.SectionsLine()],
                    $"Scan it again with the {best.Title} guide (role '{best.Role}'). If you are aiming for {role} roles, show that work: the title, the skills the role names, and bullets about that kind of work.");
        }
    }

    /// <summary>What the résumé shows of a guide, in words: "the title 'Staff Nurse', 5 of its 9 skill areas".</summary>
    private static List<string> Signs(GuideFit fit)
    {
        var signs = new List<string>();
        if (fit.TitleMatch is not null)
        {
            signs.Add($"the title '{fit.TitleMatch}'");
        }
        if (fit.AreasShown > 0)
        {
            signs.Add($"{fit.AreasShown} of its {Wording.Count(fit.Guide.Areas.Count, "skill area")}");
        }
        if (fit.DegreeQuote is not null)
        {
            signs.Add($"studies in {fit.DegreeQuote}");
        }
        if (fit.WorkKindsShown > 0)
        {
            signs.Add($"{fit.WorkKindsShown} of the {Wording.Count(fit.Guide.Guide.Evidence.Count, "kind")} of work it asks the experience to show");
        }
        return signs;
    }

    private static List<string> Lacks(GuideFit fit)
    {
        var lacks = new List<string>();
        if (fit.TitleQuote is null)
        {
            lacks.Add("no job title of the role");
        }
        lacks.Add(fit.AreasShown == 0
            ? $"none of its {Wording.Count(fit.Guide.Areas.Count, "skill area")}"
            : $"only {fit.AreasShown} of its {Wording.Count(fit.Guide.Areas.Count, "skill area")}");
        lacks.Add(fit.WorkKindsShown == 0
            ? "no bullet about the kinds of work it asks for"
            : $"{fit.WorkKindsShown} of the {Wording.Count(fit.Guide.Guide.Evidence.Count, "kind")} of work it asks for");
        return lacks;
    }
}
