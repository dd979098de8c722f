using System.IO;
using EditorialLint.Numbers;
using Xunit.Abstractions;
namespace EditorialLint.Rules.Tests.Numbers.Bed
{
    public class ZzDebug
    {
        private readonly ITestOutputHelper _o;
        public ZzDebug(ITestOutputHelper o) => _o = o;
        [Fact]
        public void Dump()
        {
            foreach (var line in File.ReadAllLines("/tmp/dbg/in.txt"))
            {
                _o.WriteLine("## " + line);
                foreach (var m in NumberMentionParser.Parse(line.Replace(" || ", "\n\n")))
                    _o.WriteLine($"  {m} src={m.SubjectSource} owner={m.Owner} role={m.Role} q=[{string.Join(",", m.Qualifiers)}] conv={m.ConversionOf} span='{line.Replace(" || ", "\n\n").Substring(m.Span.Start, m.Span.Length)}'");
            }
        }
    }
}
