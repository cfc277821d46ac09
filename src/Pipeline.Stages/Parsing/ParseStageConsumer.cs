using MassTransit;
using Microsoft.Extensions.Logging;
using Pipeline.Contracts;
using Pipeline.Stages.Messaging;
using Pipeline.Stages.Running;
using Pipeline.Storage;
using Resume.Model;
using StageName = Resume.Model.Stages;
using Resume.Parsing.Isolation;

namespace Pipeline.Stages.Parsing;

/// <summary><c>uploads/{id}</c> → <c>parsed/{id}.json</c>, then <see cref="ResumeParsed"/> on the scan's lane.</summary>
public partial class ParseStageConsumer(IBlobStore blobs, IParseSandbox parser, ILogger<ParseStageConsumer> logger) : IConsumer<ResumeUploaded>
{
    public async Task Consume(ConsumeContext<ResumeUploaded> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        using var scope = logger.BeginScanScope(message.ScanId);
        var output = BlobNames.Parsed(message.ScanId);

        // A redelivery after the result was written announces it again and does nothing else.
        var mayHaveRun = FirstDelivery.MayHaveRun(context, message.Attempt);
        if (!(mayHaveRun && await blobs.ExistsAsync(output, cancellationToken)))
        {
            await using var upload = await blobs.OpenReadAsync(message.UploadBlob, cancellationToken);
            if (upload is null)
            {
                await context.Publish(StageFailures.InputGone(message.ScanId, StageName.Parse, message.Lane), cancellationToken);
                return;
            }
            // The sandbox reads the upload itself, no further than one byte past the size limit.
            var parsed = await StageCall.RunAsync(StageName.Parse, logger, async () => (await parser.ParseAsync(upload, cancellationToken)).AsOutcome());

            if (parsed.Failed)
            {
                LogFailed(logger, parsed.Error!.Code);
                await context.Publish(StageFailures.From(message.ScanId, parsed.Error!, message.Lane), cancellationToken);
                return;
            }
            await blobs.PutTextAsync(output, ResumeJson.Serialize(parsed.Value), "application/json", cancellationToken);
        }

        await context.Forward(new ResumeParsed(message.ScanId, output, message.Role, message.JobDescriptionBlob, message.Attempt, message.Lane),
            message.Lane, StageQueues.Score, mayHaveRun, cancellationToken);
    }

    [LoggerMessage(LogLevel.Information, "Parse failed permanently: {Code}")]
    private static partial void LogFailed(ILogger logger, string code);
}
