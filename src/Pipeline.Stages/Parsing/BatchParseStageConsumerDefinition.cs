using Microsoft.Extensions.Options;
using Pipeline.Contracts;
using Pipeline.Stages.Messaging;
using Pipeline.Stages.Running;

namespace Pipeline.Stages.Parsing;

public sealed class BatchParseStageConsumerDefinition(IOptions<MessagingOptions> options)
    : StageConsumerDefinition<BatchParseStageConsumer>(StageQueues.Parse, options, Lane.Batch);
