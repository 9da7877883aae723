/**
 * 演示数据 / demo data: a realistic Nantong data set, dated relative to today, loaded at startup of a local stack
 * ({@code govmedia.demo.enabled=true}, set by {@code make run}) into a database that holds no accounts yet.
 */
package cn.gov.nantong.govmedia.demo;
