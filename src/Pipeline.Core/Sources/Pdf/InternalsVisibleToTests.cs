using System.Runtime.CompilerServices;

// The font parsers are internal details of the PDF reader; the tests check them on real fonts.
[assembly: InternalsVisibleTo("Pipeline.Tests")]
