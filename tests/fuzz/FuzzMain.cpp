// The plain (non-libFuzzer) driver of a fuzz target: feeds every file of the
// folders (or files) named on the command line to LLVMFuzzerTestOneInput, in
// name order, so that the seed corpus and the kept regression inputs run in
// the normal test suite. A crash, a sanitizer report or an assertion of the
// target fails the program; a folder without inputs fails it too (a corpus
// that went missing would otherwise pass silently).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputsUnder(const std::filesystem::path &where)
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (std::filesystem::is_regular_file(where, ec)) {
        files.push_back(where);
        return files;
    }
    for (std::filesystem::recursive_directory_iterator it(where, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().filename().string().front() != '.')
            files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    int total = 0;
    for (int i = 1; i < argc; ++i) {
        const std::vector<std::filesystem::path> files = inputsUnder(argv[i]);
        for (const std::filesystem::path &file : files) {
            std::ifstream in(file, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            std::fprintf(stderr, "%s\n", file.string().c_str());
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
        }
        std::printf("%s: %zu inputs\n", argv[i], files.size());
        total += int(files.size());
        if (files.empty() && std::string(argv[i]).find("/corpus/") != std::string::npos) {
            std::fprintf(stderr, "no inputs in %s\n", argv[i]);
            return 1;
        }
    }
    std::printf("%d inputs, no finding\n", total);
    return 0;
}
