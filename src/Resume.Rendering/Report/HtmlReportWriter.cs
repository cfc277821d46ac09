using System.Globalization;
using System.Text;
using Resume.Model;
using Resume.Rendering.Text;
using static Resume.Rendering.Text.Html;

namespace Resume.Rendering.Report;

/// <summary>
/// The report as one self-contained HTML page: inline CSS and SVG, no scripts, no external requests (a content security
/// policy forbids both), every text from the resume, the posting or the score escaped.
/// </summary>
internal static class HtmlReportWriter
{
    public static string Write(ReportView view)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>Resume report: {Encode(view.Candidate)}</title>
            <style>{Styles}</style>
            </head>
            <body>
            <main class="report">
            <header class="masthead">
            <p class="eyebrow">ATS resume report · {Encode(view.RoleTitle)}</p>
            <h1>{Encode(view.Candidate)}</h1>
            <p class="role-line">{Encode(view.RoleLine)}</p>
            </header>

            """);
        Overview(html, view);
        if (view.Match is { } match)
        {
            Match(html, match);
        }
        Checks(html, view);
        if (view.Advice.Count > 0)
        {
            html.Append($"<section class=\"advice\">\n<h2>Advice for a {Encode(view.RoleTitle)} resume</h2>\n<ul>\n");
            foreach (var advice in view.Advice)
            {
                html.Append($"<li>{Encode(advice)}</li>\n");
            }
            html.Append("</ul>\n</section>\n");
        }
        Facts(html, view.Facts);
        if (view.Notes.Count > 0)
        {
            html.Append("<section class=\"notes\">\n<h2>Left out of this report</h2>\n<ul>\n");
            foreach (var note in view.Notes)
            {
                html.Append($"<li>{Encode(note)}</li>\n");
            }
            html.Append("</ul>\n</section>\n");
        }
        html.Append("""
            <footer class="colophon">Scored by Resume Pipeline against its role guide. The score says how well software reads the resume and how closely it follows the guide; a person still decides.</footer>
            </main>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void Overview(StringBuilder html, ReportView view)
    {
        html.Append("<section class=\"overview\">\n");
        // A file with no text gets no score picture: a number would read as a judgement of content nobody could read.
        if (view.Readable)
        {
            html.Append(Gauge(view.Score, view.Band));
        }
        html.Append("<div class=\"overview-text\">\n");
        html.Append($"<p class=\"verdict\">{Encode(view.Verdict)}</p>\n");
        html.Append("<p class=\"counts\">");
        html.Append($"<span class=\"pill fail\">{Words.Count(view.Failed, "failed", "failed")}</span> ");
        html.Append($"<span class=\"pill warn\">{view.Warned:N0} to improve</span> ");
        html.Append($"<span class=\"pill pass\">{Words.Count(view.Passed, "passed", "passed")}</span>");
        html.Append("</p>\n");
        if (view.Subscores.Count > 0 && view.Readable)
        {
            html.Append("<ul class=\"bars\" aria-label=\"Sub-scores\">\n");
            foreach (var sub in view.Subscores)
            {
                html.Append($"""
                    <li><span class="bar-label">{Encode(sub.Name)}</span>{Bar(sub.Value, ScoreBands.Colour(sub.Band))}<span class="bar-value">{sub.Value}</span></li>

                    """);
            }
            html.Append("</ul>\n");
        }
        html.Append("</div>\n</section>\n");
    }

    private static void Match(StringBuilder html, MatchView match)
    {
        var band = ScoreBands.Of(match.Rate);
        html.Append($"""
            <section class="match">
            <h2>Job posting match</h2>
            <p class="match-rate"><span class="bar-label">Posting terms found</span>{Bar(match.Rate, ScoreBands.Colour(band))}<span class="bar-value">{match.Rate}%</span></p>

            """);
        Chips(html, "Missing, and important", "Required by the posting or named in it often: add the ones you genuinely have first.", match.MissingImportant, "important");
        Chips(html, match.MissingImportant.Count > 0 ? "Also missing" : "Missing from the resume", null, match.MissingOther, "missing");
        Chips(html, "Already in the resume", null, match.Matched, "matched");
        html.Append("</section>\n");
    }

    private static void Chips(StringBuilder html, string heading, string? hint, IReadOnlyList<string> terms, string kind)
    {
        if (terms.Count == 0)
        {
            return;
        }
        html.Append($"<h3>{Encode(heading)}</h3>\n");
        if (hint is not null)
        {
            html.Append($"<p class=\"hint\">{Encode(hint)}</p>\n");
        }
        html.Append($"<ul class=\"chips\">");
        foreach (var term in terms)
        {
            html.Append($"<li class=\"chip {kind}\">{Encode(term)}</li>");
        }
        html.Append("</ul>\n");
    }
    private static void Checks(StringBuilder html, ReportView view)
    {
        html.Append($"<section class=\"checks\">\n<h2>Checks</h2>\n<p class=\"hint\">{Encode(Words.Count(view.Checks.Count, "check", "checks"))}, what the rest depends on first, then failed, to improve and passed, the ones that weigh most first within each group.</p>\n");
        foreach (var check in view.Checks)
        {
            var status = check.Status is CheckStatus.Pass or CheckStatus.Warn or CheckStatus.Fail ? check.Status : "other";
            html.Append($"""
                <article class="check {status}" id="check-{Slug(check.Id)}">
                <header><span class="badge">{Encode(check.StatusLabel)}</span><h3>{Encode(check.Title)}</h3><span class="check-meta">{Encode(check.Category)} · weight {check.Weight}</span></header>

                """);
            if (check.Detail.Length > 0)
            {
                html.Append($"<p class=\"detail\">{Encode(check.Detail)}</p>\n");
            }
            if (check.Evidence.Count > 0)
            {
                html.Append("<div class=\"evidence\"><p class=\"label\">From your resume</p>\n<ul>\n");
                foreach (var line in check.Evidence)
                {
                    html.Append($"<li><q>{Encode(line)}</q></li>\n");
                }
                if (check.EvidenceLeftOut > 0)
                {
                    html.Append($"<li class=\"more\">and {Words.Count(check.EvidenceLeftOut, "more line", "more lines")}</li>\n");
                }
                html.Append("</ul></div>\n");
            }
            if (check.Fix.Length > 0)
            {
                html.Append($"<p class=\"fix\"><strong>How to fix:</strong> {Encode(check.Fix)}</p>\n");
            }
            html.Append("</article>\n");
        }
        html.Append("</section>\n");
    }

    private static void Facts(StringBuilder html, ResumeFacts facts)
    {
        html.Append("<section class=\"facts\">\n<h2>What the scanner read</h2>\n<dl>\n");
        if (facts.File.Length > 0)
        {
            html.Append($"<dt>File</dt><dd>{Encode(facts.File)}</dd>\n");
        }
        html.Append($"<dt>Sections found</dt><dd>{(facts.Sections.Count > 0 ? Encode(string.Join(" · ", facts.Sections)) : "No section headings were recognised.")}</dd>\n");
        if (facts.Warnings.Count > 0)
        {
            html.Append("<dt>Layout warnings</dt><dd><ul>");
            foreach (var warning in facts.Warnings)
            {
                html.Append($"<li>{Encode(warning)}</li>");
            }
            html.Append("</ul></dd>\n");
        }
        html.Append("</dl>\n</section>\n");
        if (facts.Unplaced.Count > 0)
        {
            html.Append($"<section class=\"unplaced\">\n<h2>{Encode(ResumeFacts.UnplacedTitle)}</h2>\n<p>{Encode(ResumeFacts.UnplacedAdvice)}</p>\n<ul>");
            foreach (var line in facts.Unplaced)
            {
                html.Append($"<li><span class=\"where\">{Encode(line.Section)}:</span> {Encode(line.Text)}</li>");
            }
            html.Append("</ul>\n");
            if (facts.UnplacedMore > 0)
            {
                html.Append($"<p>…and {Encode(Words.Count(facts.UnplacedMore, "more line", "more lines"))}.</p>\n");
            }
            html.Append("</section>\n");
        }
    }

    /// <summary>A half-circle gauge: grey track, the score's share of it in the band's colour, the number in the middle.</summary>
    private static string Gauge(int score, ScoreBand band)
    {
        const double cx = 100, cy = 100, r = 80;
        var share = score / 100.0;
        var x = cx - r * Math.Cos(Math.PI * share);
        var y = cy - r * Math.Sin(Math.PI * share);
        var value = score > 0
            ? $"""<path d="M {F(cx - r)} {F(cy)} A {F(r)} {F(r)} 0 0 1 {F(x)} {F(y)}" fill="none" stroke="{ScoreBands.Colour(band)}" stroke-width="18" stroke-linecap="round"/>"""
            : "";
        return $"""
            <figure class="gauge">
            <svg viewBox="0 0 200 118" width="220" height="130" role="img" aria-label="Overall score {score} out of 100">
            <path d="M {F(cx - r)} {F(cy)} A {F(r)} {F(r)} 0 0 1 {F(cx + r)} {F(cy)}" fill="none" stroke="{ReportColours.Track}" stroke-width="18" stroke-linecap="round"/>
            {value}
            <text x="100" y="92" text-anchor="middle" class="gauge-score">{score}</text>
            <text x="100" y="113" text-anchor="middle" class="gauge-scale">out of 100</text>
            </svg>
            <figcaption>Overall score</figcaption>
            </figure>

            """;
    }

    /// <summary>A horizontal bar, 0–100, that stretches to its cell.</summary>
    private static string Bar(int value, string colour) => $"""
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect x="0" y="0" width="100" height="10" rx="5" fill="{ReportColours.Track}"/><rect x="0" y="0" width="{Math.Clamp(value, 0, 100)}" height="10" rx="5" fill="{colour}"/></svg>
        """;

    /// <summary>An id safe in any attribute: letters, digits and dashes only.</summary>
    private static string Slug(string id) =>
        new(id.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').Take(80).ToArray());

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private const string Styles = $$"""

        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #eef1f5; color: {{ReportColours.Ink}}; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, "Noto Sans CJK SC", "Droid Sans Fallback", sans-serif; }
        .report { max-width: 880px; margin: 24px auto; padding: 40px 48px; background: #fff; border-radius: 10px; box-shadow: 0 1px 4px rgba(20, 30, 50, .08); overflow-wrap: anywhere; }
        h1 { font-size: 30px; line-height: 1.2; margin: 4px 0 0; }
        h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid {{ReportColours.Rule}}; }
        h3 { font-size: 16px; margin: 0; }
        .role-line { margin: 6px 0 0; color: {{ReportColours.Muted}}; }
        .eyebrow { margin: 0; color: {{ReportColours.Muted}}; text-transform: uppercase; letter-spacing: .08em; font-size: 12px; font-weight: 600; }
        .hint { color: {{ReportColours.Muted}}; font-size: 13.5px; margin: 0 0 12px; }
        .overview { display: flex; gap: 32px; align-items: center; margin-top: 24px; padding: 20px 24px; background: {{ReportColours.Tint}}; border-radius: 10px; }
        .gauge { margin: 0; text-align: center; flex: none; }
        .gauge figcaption { font-size: 13px; color: {{ReportColours.Muted}}; }
        .gauge-score { font-size: 44px; font-weight: 700; fill: {{ReportColours.Ink}}; }
        .gauge-scale { font-size: 13px; fill: {{ReportColours.Muted}}; }
        .overview-text { flex: 1; min-width: 0; }
        .verdict { font-size: 16px; font-weight: 600; margin: 0 0 10px; }
        .counts { margin: 0 0 14px; }
        .pill { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 13px; font-weight: 600; color: #fff; }
        .pill.fail { background: {{ReportColours.Fail}}; } .pill.warn { background: {{ReportColours.Warn}}; } .pill.pass { background: {{ReportColours.Pass}}; }
        .bars { list-style: none; margin: 0; padding: 0; }
        .bars li, .match-rate { display: grid; grid-template-columns: 11em 1fr 3em; align-items: center; gap: 10px; margin: 6px 0; font-size: 14px; }
        .bar { width: 100%; height: 10px; display: block; }
        .bar-value { text-align: right; font-weight: 700; font-variant-numeric: tabular-nums; }
        .match h3 { margin-top: 16px; }
        .chips { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 6px 0 16px; }
        .chip { padding: 3px 10px; border-radius: 6px; font-size: 13.5px; border: 1px solid {{ReportColours.Rule}}; background: #fff; }
        .chip.matched { border-color: #b9dcc4; background: #eef8f1; }
        .chip.missing { border-style: dashed; }
        .chip.important { border: 1px solid {{ReportColours.Fail}}; background: #fdeeee; color: #8a1a1f; font-weight: 700; }
        .check { border: 1px solid {{ReportColours.Rule}}; border-left: 6px solid {{ReportColours.Muted}}; border-radius: 8px; padding: 14px 18px; margin: 12px 0; }
        .check.fail { border-left-color: {{ReportColours.Fail}}; } .check.warn { border-left-color: {{ReportColours.Warn}}; } .check.pass { border-left-color: {{ReportColours.Pass}}; }
        .check > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; }
        .check-meta { margin-left: auto; color: {{ReportColours.Muted}}; font-size: 12.5px; }
        .badge { font-size: 11.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; padding: 1px 8px; border-radius: 4px; color: #fff; background: {{ReportColours.Muted}}; }
        .fail .badge { background: {{ReportColours.Fail}}; } .warn .badge { background: {{ReportColours.Warn}}; } .pass .badge { background: {{ReportColours.Pass}}; }
        .detail { margin: 8px 0 0; }
        .evidence { margin: 10px 0 0; padding: 8px 14px; background: {{ReportColours.Tint}}; border-radius: 6px; }
        .evidence .label { margin: 0; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: {{ReportColours.Muted}}; }
        .evidence ul { margin: 4px 0 0; padding-left: 18px; }
        .evidence q { font-style: italic; }
        .evidence .more { list-style: none; color: {{ReportColours.Muted}}; font-size: 13px; }
        .fix { margin: 10px 0 0; }
        .fix strong { color: {{ReportColours.Accent}}; }
        .advice ul, .notes ul { padding-left: 20px; }
        .advice li { margin: 4px 0; }
        .facts dl { display: grid; grid-template-columns: 10em 1fr; gap: 6px 16px; margin: 0; }
        .facts dt { font-weight: 600; color: {{ReportColours.Muted}}; }
        .facts dd { margin: 0; }
        .facts dd ul { margin: 0; padding-left: 18px; }
        .notes { color: {{ReportColours.Muted}}; font-size: 13.5px; }
        .colophon { margin-top: 36px; padding-top: 12px; border-top: 1px solid {{ReportColours.Rule}}; color: {{ReportColours.Muted}}; font-size: 12.5px; }
        @media (max-width: 640px) {
          .report { padding: 24px 18px; margin: 0; border-radius: 0; }
          .overview { flex-direction: column; }
          .bars li, .match-rate { grid-template-columns: 8em 1fr 3em; }
        }
        @media print {
          @page { margin: 16mm; }
          body { background: #fff; font-size: 11pt; }
          .report { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2, h3, .hint, .check > header, .evidence .label { break-after: avoid; }
          .detail, .fix, .evidence li, .chips, .bars li { break-inside: avoid; }
        }

        """;
}
