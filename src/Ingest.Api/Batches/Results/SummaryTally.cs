using Ingest.Api.Subscribers;
using Ingest.Data.Batches;
using Resume.Model;
using Resume.Scoring;

namespace Ingest.Api.Batches.Results;

/// <summary>Adds up a batch's rows into its <see cref="BatchSummary"/>: figures only, one pass, nothing kept per student.</summary>
public sealed class SummaryTally
{
    private const int ChecksShown = 10;
    private const int SkillsShown = 15;

    private readonly List<int> _scores = [];
    private readonly Dictionary<string, (long Sum, int Count)> _subscores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Title, int Students)> _failedChecks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _missingSkills = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private int _scored;
    private int _matched;
    private int _parsed;
    private int _imageOnly;
    private int _multiColumn;
    private int _unreadable;
    private int _notRead;

    /// <summary>Counts one file; duplicates and refused entries carry no results and add nothing.</summary>
    public void Add(BatchRow row)
    {
        if (row.Status == "failed" && row.FailureCode is { } code)
        {
            _failures[code] = _failures.GetValueOrDefault(code) + 1;
            if (row.Resume is null)
            {
                _notRead++;
            }
        }
        if (row.Resume is { } resume)
        {
            _parsed++;
            var warnings = resume.Meta.Warnings.Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
            var imageOnly = warnings.Contains(ParseWarningCodes.ImageOnly);
            var multiColumn = warnings.Contains(ParseWarningCodes.MultiColumn);
            _imageOnly += imageOnly ? 1 : 0;
            _multiColumn += multiColumn ? 1 : 0;
            _unreadable += imageOnly || multiColumn ? 1 : 0;
        }
        if (row.Report is not { } report)
        {
            return;
        }
        _scored++;
        _scores.Add(report.Score);
        foreach (var (category, value) in report.Subscores)
        {
            var (sum, count) = _subscores.GetValueOrDefault(category);
            _subscores[category] = (sum + value, count + 1);
        }
        foreach (var check in report.Checks.Where(c => c.Status == CheckStatus.Fail).DistinctBy(c => c.Id))
        {
            _failedChecks[check.Id] = (check.Title, _failedChecks.GetValueOrDefault(check.Id).Students + 1);
        }
        if (report.Match is { } match)
        {
            _matched++;
            foreach (var skill in match.Missing.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                _missingSkills[skill] = _missingSkills.GetValueOrDefault(skill) + 1;
            }
        }
    }

    public BatchSummary Build(Batch batch)
    {
        var sorted = _scores.Order().ToList();
        return new BatchSummary
        {
            BatchId = Pipeline.Contracts.BlobNames.Id(batch.Id),
            Status = BatchView.NameOf(batch.Status),
            Role = batch.Role,
            RoleTitle = batch.Role == RoleGuideCatalog.Auto ? "best-fitting" : RoleTitle.Of(batch.Role),
            Source = batch.SourceName,
            CreatedAt = batch.CreatedAt,
            FinishedAt = batch.FinishedAt,
            Total = batch.Total,
            Completed = batch.Completed,
            Failed = batch.Failed,
            Skipped = batch.Skipped,
            Duplicates = batch.Duplicates,
            Scores = new ScoreSpread
            {
                Average = sorted.Count == 0 ? null : Math.Round(sorted.Average(), 1),
                Median = sorted.Count == 0 ? null : sorted[(sorted.Count - 1) / 2],
                Distribution = [.. Enumerable.Range(0, 10).Select(band => new ScoreRange(band * 10, band == 9 ? 100 : band * 10 + 9,
                    sorted.Count(s => Math.Min(s / 10, 9) == band)))],
                Strong = sorted.Count(s => ScoreBands.Of(s) == ScoreBands.Strong),
                Fair = sorted.Count(s => ScoreBands.Of(s) == ScoreBands.Fair),
                Low = sorted.Count(s => ScoreBands.Of(s) == ScoreBands.Low),
            },
            Subscores = [.. ResultsCsv.SubscoreColumns
                .Where(c => _subscores.ContainsKey(c.Category))
                .Select(c => new SubscoreAverage(c.Category, c.Header, Math.Round(_subscores[c.Category].Sum / (double)_subscores[c.Category].Count, 1)))],
            FailedChecks = [.. _failedChecks
                .OrderByDescending(c => c.Value.Students).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(ChecksShown)
                .Select(c => new CheckTally(c.Key, c.Value.Title, c.Value.Students, Share(c.Value.Students, _scored)))],
            Readability = new AtsReadability
            {
                Parsed = _parsed,
                ImageOnly = _imageOnly,
                MultiColumn = _multiColumn,
                Unreadable = _unreadable,
                Share = Share(_unreadable, _parsed),
                NotRead = _notRead,
            },
            MissingSkills = [.. _missingSkills
                .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
                .Take(SkillsShown)
                .Select(s => new SkillTally(s.Key, s.Value, Share(s.Value, _matched)))],
            Failures = [.. _failures.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => new FailureTally(f.Key, f.Value))],
        };
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round(part / (double)whole, 3);
}
