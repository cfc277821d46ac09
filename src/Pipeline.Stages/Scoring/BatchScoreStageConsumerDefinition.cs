using Microsoft.Extensions.Options;
using Pipeline.Contracts;
using Pipeline.Stages.Messaging;
using Pipeline.Stages.Running;

namespace Pipeline.Stages.Scoring;

public sealed class BatchScoreStageConsumerDefinition(IOptions<MessagingOptions> options)
    : StageConsumerDefinition<BatchScoreStageConsumer>(StageQueues.Score, options, Lane.Batch);
