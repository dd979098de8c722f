using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace EditorialLint.Testing
{
    /// <summary>
    /// A fact that can decide at run time that it cannot run here: a <see cref="SkipTestException"/> thrown by the test
    /// or its class's constructor reports the test as skipped with the exception's message. Shared suites use it when a
    /// subclass needs something the machine may lack (a PostgreSQL server), which an attribute cannot know in advance.
    /// xunit 2 has no such skip of its own (xunit's DynamicSkipExample sample, adapted).
    /// </summary>
    [XunitTestCaseDiscoverer("EditorialLint.Testing.SkippableFactDiscoverer", "EditorialLint.Testing")]
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class SkippableFactAttribute : FactAttribute
    {
    }

    /// <summary>Thrown by a <see cref="SkippableFactAttribute"/> test (or its constructor) to be reported as skipped.</summary>
    public sealed class SkipTestException : Exception
    {
        /// <summary>A skip with its reason.</summary>
        public SkipTestException(string reason)
            : base(reason)
        {
        }

        /// <summary>A skip without a reason.</summary>
        public SkipTestException()
        {
        }

        /// <summary>A skip with its reason and cause.</summary>
        public SkipTestException(string reason, Exception inner)
            : base(reason, inner)
        {
        }
    }

    /// <summary>Finds <see cref="SkippableFactAttribute"/> tests.</summary>
    public sealed class SkippableFactDiscoverer : IXunitTestCaseDiscoverer
    {
        private readonly IMessageSink _diagnostics;

        /// <summary>Called by xunit.</summary>
        public SkippableFactDiscoverer(IMessageSink diagnosticMessageSink) => _diagnostics = diagnosticMessageSink;

        /// <inheritdoc />
        public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
        {
            if (factAttribute.GetNamedArgument<string>(nameof(FactAttribute.Skip)) is not null)
                return new[] { new XunitTestCase(_diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod) };
            return new[] { new SkippableFactTestCase(_diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod) };
        }
    }

    /// <summary>A test case whose <see cref="SkipTestException"/> failures are reported as skips.</summary>
    public sealed class SkippableFactTestCase : XunitTestCase
    {
        /// <summary>For xunit's deserializer.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        [Obsolete("Called by the de-serializer only.")]
        public SkippableFactTestCase()
        {
        }

        /// <summary>A test case for <paramref name="testMethod"/>.</summary>
        public SkippableFactTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
            : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
        {
        }

        /// <inheritdoc />
        public override async Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
        {
            using var skipping = new SkippingMessageBus(messageBus);
            var summary = await base.RunAsync(diagnosticMessageSink, skipping, constructorArguments, aggregator, cancellationTokenSource).ConfigureAwait(false);
            if (skipping.Skipped > 0)
            {
                summary.Failed -= skipping.Skipped;
                summary.Skipped += skipping.Skipped;
            }

            return summary;
        }

        private sealed class SkippingMessageBus : IMessageBus
        {
            private readonly IMessageBus _inner;

            public SkippingMessageBus(IMessageBus inner) => _inner = inner;

            public int Skipped { get; private set; }

            public bool QueueMessage(IMessageSinkMessage message)
            {
                if (message is ITestFailed failed && failed.ExceptionTypes.FirstOrDefault() == typeof(SkipTestException).FullName)
                {
                    Skipped++;
                    return _inner.QueueMessage(new TestSkipped(failed.Test, failed.Messages.FirstOrDefault() ?? "skipped"));
                }

                return _inner.QueueMessage(message);
            }

            public void Dispose()
            {
            }
        }
    }
}
