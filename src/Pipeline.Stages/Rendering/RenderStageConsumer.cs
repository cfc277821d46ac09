using MassTransit;
using Microsoft.Extensions.Logging;
using Pipeline.Contracts;
using Pipeline.Stages.Running;
using Pipeline.Storage;
using Resume.Model;
using StageName = Resume.Model.Stages;
using Resume.Rendering;

namespace Pipeline.Stages.Rendering;

/// <summary>
/// <c>parsed</c> + <c>scores</c> → <c>reports/{id}.html|.pdf</c> and <c>optimized/{id}.pdf|.docx</c>, then
/// <see cref="ReportRendered"/> (published on either lane: only <c>scan-status</c> consumes it). The files are drawn in
/// memory first and stored only when all of them succeeded; a résumé with no text gets its report and no rewrite.
/// </summary>
public partial class RenderStageConsumer(
    IBlobStore blobs, ReportRenderer reports, OptimizedResumeWriter optimized, ILogger<RenderStageConsumer> logger) : IConsumer<ResumeScored>
{
    public async Task Consume(ConsumeContext<ResumeScored> context)
    {
        var message = context.Message;
        var id = message.ScanId;
        var cancellationToken = context.CancellationToken;
        using var scope = logger.BeginScanScope(id);
        RenderedFiles outputs = new(BlobNames.ReportHtml(id), BlobNames.ReportPdf(id), BlobNames.OptimizedPdf(id), BlobNames.OptimizedDocx(id));

        // A redelivery finds what an earlier run stored: every file, and it only announces them again; some, and it draws
        // again and stores only the rest (a report made without a rewrite draws again, which costs a little and changes nothing).
        var mayHaveRun = FirstDelivery.MayHaveRun(context, message.Attempt);
        IReadOnlyCollection<string> stored = mayHaveRun ? await StoredAsync(outputs, cancellationToken) : [];
        var rewritten = true;
        if (stored.Count < outputs.All.Count())
        {
            var parsedJson = await blobs.ReadTextAsync(message.ParsedBlob, cancellationToken);
            var scoreJson = await blobs.ReadTextAsync(message.ScoreBlob, cancellationToken);
            if (parsedJson is null || scoreJson is null)
            {
                await context.Publish(StageFailures.InputGone(id, StageName.Render, message.Lane), cancellationToken);
                return;
            }
            var resume = ResumeJson.Deserialize<ResumeDocument>(parsedJson);
            var score = ResumeJson.Deserialize<ScoreReport>(scoreJson);

            var rendered = StageCall.Run(StageName.Render, logger, () => RenderedDocuments.Draw(reports, optimized, resume, score));

            if (rendered.Failed)
            {
                LogFailed(logger, rendered.Error!.Code);
                await context.Publish(StageFailures.From(id, rendered.Error!, message.Lane), cancellationToken);
                return;
            }
            await rendered.Value!.StoreAsync(blobs, outputs, stored, cancellationToken);
            rewritten = rendered.Value.HasRewrite;
        }

        await context.PublishNextAsync(new ReportRendered(id, message.Score, outputs.ReportHtml, outputs.ReportPdf,
            rewritten ? outputs.OptimizedPdf : null, rewritten ? outputs.OptimizedDocx : null, message.Attempt, message.Lane), mayHaveRun, cancellationToken);
    }

    private async Task<IReadOnlyCollection<string>> StoredAsync(RenderedFiles outputs, CancellationToken cancellationToken)
    {
        var stored = new List<string>();
        foreach (var name in outputs.All)
        {
            if (await blobs.ExistsAsync(name, cancellationToken))
            {
                stored.Add(name);
            }
        }
        return stored;
    }

    [LoggerMessage(LogLevel.Information, "Render failed permanently: {Code}")]
    private static partial void LogFailed(ILogger logger, string code);
}
