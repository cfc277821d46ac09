using MassTransit;
using Microsoft.Extensions.Logging;
using Pipeline.Contracts;
using Pipeline.Stages.Messaging;
using Pipeline.Stages.Running;
using Pipeline.Storage;
using Resume.Model;
using StageName = Resume.Model.Stages;
using Resume.Scoring;

namespace Pipeline.Stages.Scoring;

/// <summary><c>parsed/{id}.json</c> (+ the job posting) → <c>scores/{id}.json</c>, then <see cref="ResumeScored"/> on the scan's lane.</summary>
public partial class ScoreStageConsumer(IBlobStore blobs, ResumeScorer scorer, ILogger<ScoreStageConsumer> logger) : IConsumer<ResumeParsed>
{
    public async Task Consume(ConsumeContext<ResumeParsed> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        using var scope = logger.BeginScanScope(message.ScanId);
        var output = BlobNames.Score(message.ScanId);

        // A redelivery after the result was written announces it again with the score it has. (Asking first is one
        // cheap request; reading a missing blob is a failed request.)
        var mayHaveRun = FirstDelivery.MayHaveRun(context, message.Attempt);
        var score = mayHaveRun && await blobs.ExistsAsync(output, cancellationToken)
                    && await blobs.ReadTextAsync(output, cancellationToken) is { } existing
            ? ResumeJson.Deserialize<ScoreReport>(existing)
            : null;
        if (score is null)
        {
            var parsedJson = await blobs.ReadTextAsync(message.ParsedBlob, cancellationToken);
            if (parsedJson is null)
            {
                await context.Publish(StageFailures.InputGone(message.ScanId, StageName.Score, message.Lane), cancellationToken);
                return;
            }
            var resume = ResumeJson.Deserialize<ResumeDocument>(parsedJson);
            var jobPosting = message.JobDescriptionBlob is null ? null : await blobs.ReadTextAsync(message.JobDescriptionBlob, cancellationToken);

            var scored = StageCall.Run(StageName.Score, logger, () => scorer.Score(resume, message.Role, jobPosting));

            if (scored.Failed)
            {
                LogFailed(logger, scored.Error!.Code);
                await context.Publish(StageFailures.From(message.ScanId, scored.Error!, message.Lane), cancellationToken);
                return;
            }
            score = scored.Value!;
            await blobs.PutTextAsync(output, ResumeJson.Serialize(score), "application/json", cancellationToken);
        }

        await context.Forward(new ResumeScored(message.ScanId, message.ParsedBlob, output, score.Score, message.Attempt, message.Lane),
            message.Lane, StageQueues.Render, mayHaveRun, cancellationToken);
    }

    [LoggerMessage(LogLevel.Information, "Score failed permanently: {Code}")]
    private static partial void LogFailed(ILogger logger, string code);
}
