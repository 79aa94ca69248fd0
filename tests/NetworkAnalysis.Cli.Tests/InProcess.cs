using System.Diagnostics;
using System.Text;
using NetworkAnalysis.Cli.Output;

namespace NetworkAnalysis.Cli.Tests;

/// <summary>Runs <c>netan</c> inside the test process (no process start-up), capturing stdout and stderr. Not thread-safe: one run at a time.</summary>
internal static class InProcess
{
    private static readonly Lock Gate = new();

    public static (Netan.Result Result, TimeSpan Elapsed) Run(params string[] args)
    {
        lock (Gate)
        {
            var stdout = new MemoryStream();
            var textOut = new StringWriter();
            var textErr = new StringWriter();
            var (oldOut, oldErr, oldOpen) = (Console.Out, Console.Error, OutputTarget.OpenStdout);
            Console.SetOut(textOut);
            Console.SetError(textErr);
            OutputTarget.OpenStdout = () => new NonClosing(stdout);
            var clock = Stopwatch.StartNew();
            try
            {
                var code = Program.Main(args).GetAwaiter().GetResult();
                var printed = Encoding.UTF8.GetString(stdout.ToArray()) + textOut;
                return (new Netan.Result(code, printed, textErr.ToString()), clock.Elapsed);
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
                OutputTarget.OpenStdout = oldOpen;
            }
        }
    }

    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
