@org.springframework.modulith.NamedInterface("cluster")
package cn.gov.nantong.govmedia.common.cluster;
