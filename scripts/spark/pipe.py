"""chronicler as a Spark map step: JSON Lines documents in, JSON Lines dated events out.

    python pipe.py INPUT.jsonl OUTPUT.jsonl CHRONICLER_BIN [PARTITIONS]

Reads INPUT.jsonl as an RDD of lines (one document a line), pipes each partition through
`chronicler extract - --format jsonl -o - --quiet` (RDD.pipe: the partition's lines on
stdin, its output lines back), and writes the dated events, in input order, to
OUTPUT.jsonl. Spark runs in local mode here; on a cluster the same code runs with the
binary shipped to the executors (e.g. `--files`).
"""
import sys

from pyspark import SparkConf, SparkContext


def main():
    src, dst, binary = sys.argv[1:4]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    conf = (
        SparkConf()
        .setMaster("local[2]")
        .setAppName("chronicler-map")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.driver.memory", "1g")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        docs = sc.textFile(src, minPartitions=partitions)
        events = docs.pipe(
            f"{binary} extract - --format jsonl -o - --quiet", checkCode=True
        )
        # Partitions keep the order of the file, and chronicler keeps the order of its
        # input, so collecting them in partition order gives the single-process order.
        with open(dst, "w", encoding="utf-8") as out:
            for line in events.toLocalIterator():
                out.write(line + "\n")
        print(
            f"{docs.getNumPartitions()} partitions, {docs.count()} documents in",
            file=sys.stderr,
        )
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
