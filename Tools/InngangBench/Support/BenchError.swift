/// A benchmark that cannot produce a valid figure (wrong counts, a reference tool failed…).
struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
